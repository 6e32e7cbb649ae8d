extension Table {
    /// The column that gives each row's type. Most tables have one headed `类型` (or `参数类型`;
    /// `Type` in an English one).
    /// The face verification pages head it `格式` (format) and use a later `类型` column for
    /// where the parameter goes (`|参数|格式|必须|说明|类型|`, `URL参数`): of the columns so
    /// headed, the one whose cells name types most often.
    var typeColumn: Int? {
        let candidates = header.indices.filter { index in
            let title = header[index].filter { $0 != "*" }.trimmingWhitespace()
            return title.contains("类型") || title == "格式" || title == "Type"
        }
        guard candidates.count > 1 else { return candidates.first }
        func typeCount(_ column: Int) -> Int {
            rows.count { TypeName($0[column]).namesAWireType }
        }
        return candidates.max { typeCount($0) < typeCount($1) }
    }
}
