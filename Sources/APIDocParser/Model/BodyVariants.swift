import APIDocModel

/// One request body for a page that documents several, each under a heading of its own (approval
/// Bot messages: `通用模板请求体` for the general templates, `自定义模板请求体` for the custom one).
enum BodyVariants {
    /// The fields of every variant, in the order first met: a field several variants have is read
    /// as the first has it, and is required only where every variant requires it; a field of some
    /// variants only is optional.
    static func union(of variants: [[Field]]) -> [Field] {
        guard variants.count > 1 else { return variants.first ?? [] }
        var fields: [Field] = []
        for field in variants.joined() where !fields.contains(where: { $0.name == field.name }) {
            var field = field
            field.required = variants.allSatisfy { variant in variant.contains { $0.name == field.name && $0.required } }
            fields.append(field)
        }
        return fields
    }
}
