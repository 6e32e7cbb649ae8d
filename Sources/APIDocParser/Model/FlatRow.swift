import APIDocModel

/// A field as a flattened table states it: no depth, just its place in the table.
struct FlatRow {
    var field: Field
    /// 1-based page line of the row.
    var line: Int
    /// True when the row's type names an object or array, so later rows may belong to it.
    var mayOpenScope: Bool
    /// The depth the page marks (`└`, `∟`); 0 for an unmarked row of a table that marks depth.
    var depth: Int? = nil
    /// The indent before the name cell's depth marker: a no-break space 1, an em space 2.
    var depthMarkIndent = 0
    /// A type written as a word that names a scalar and, on some pages, an object type too:
    /// docx's `page | text` is its Text block, not a string (`RepeatedSpans`); the whiteboard's
    /// `data | text[]` holds them. The word without `[]`.
    var scalarWord: String? = nil
    /// True when the page leaves the type to its examples (`-`, or a table with no type column).
    var typeIsUnstated = false
    /// A type word the page misspelt (`List<stirng>`), read as the word it misspells.
    var typeMisspelling: TypeName.Misspelling? = nil
    /// True when the type (or its innermost elements') is Go's `interface`: an object where rows
    /// follow, any value where none do (the sheets' cell values, `array<array<interface>>`).
    var typeIsInterface = false
    /// True when the type's generics nest deeper than the model does: its innermost elements
    /// are any JSON value.
    var typeIsCutOff = false

    /// The warnings a reader reports for the row's type: a misspelt word, generics too deep.
    func typeWarnings(file: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        if let typeMisspelling {
            warnings.append(
                Diagnostic(
                    .warning, .unreadableTable, file: file, line: line,
                    "'\(typeMisspelling.written)' is no type; '\(field.name)' is typed as \(typeMisspelling.meant), the word it misspells"))
        }
        if typeIsCutOff {
            warnings.append(
                Diagnostic(
                    .warning, .nesting, file: file, line: line,
                    "the type of '\(field.name)' nests deeper than \(NestingLimit.maximumDepth) levels; its elements below that are typed as any JSON value"))
        }
        return warnings
    }
}

extension FlatRow {
    /// A row of a parameter, body or response table, read through its columns.
    init(name: String, typeText: String, required: Bool, descriptionCell: String, line: Int) {
        let typeName = TypeName(typeText)
        let cell = DescriptionCell(descriptionCell)
        let nameCell = NameCell(name)
        var field = Field(
            name: nameCell.name, type: typeName.type, typeName: typeName.typeName, required: required || nameCell.isTaggedRequired,
            description: LinkResolver.absolutize(cell.description))
        field.line = line
        field.enum = cell.enumValues
        field.constraints = cell.constraints.isEmpty ? nil : cell.constraints
        field.items = typeName.elementField(named: field.name)
        field.example = cell.example.flatMap { JSONValue(example: $0, as: typeName.type) }
        field.default = (cell.defaultValue ?? cell.fixedValue).flatMap { JSONValue(example: $0, as: typeName.type) }
        var word = typeText.filter { $0 != "\\" && $0 != "`" }.trimmingWhitespace().lowercased()
        if word.hasSuffix("[]") { word.removeLast(2) }
        self.init(
            field: field, line: line,
            mayOpenScope: typeName.type == .object || typeName.type == .array || typeName.isUnstated, depth: nameCell.depth, depthMarkIndent: nameCell.indent,
            scalarWord: Self.scalarWordsNamingTypes.contains(word) ? word : nil, typeIsUnstated: typeName.isUnstated,
            typeMisspelling: typeName.misspelling, typeIsInterface: typeName.innermost.isInterface, typeIsCutOff: typeName.innermost.isCutOff)
    }

    /// Scalar type words Feishu also names object types by.
    private static let scalarWordsNamingTypes: Set = ["text", "file"]

    /// The page's name for the row's object type, or the scalar word that may be one.
    var namedType: String? {
        field.objectTypeName ?? scalarWord
    }
}
