import APIDocModel

/// Any JSON value, for fields whose page gives no shape (`data: {}`, type `any`).
public typealias JSONValue = APIDocModel.JSONValue
