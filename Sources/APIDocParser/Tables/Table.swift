/// A pipe table read from a page's source lines.
struct Table {
    struct Row {
        var cells: [String]
        /// 1-based line where the row starts.
        var line: Int
        /// The depth the markup states (`<md-dt-tr level="N">`), when it does.
        var depth: Int? = nil

        subscript(column: Int?) -> String {
            guard let column, column < cells.count else { return "" }
            return cells[column]
        }
    }

    var header: [String]
    var rows: [Row]
    /// 1-based line of the header row.
    var line: Int
    /// 1-based line of the last row.
    var endLine: Int

    /// The index of the first column whose header contains one of `names`.
    func column(_ names: String...) -> Int? {
        header.firstIndex { cell in names.contains { cell.contains($0) } }
    }
}
