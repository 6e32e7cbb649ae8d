import Foundation
import APIDocModel
/// Reads pipe tables from source lines, in the forms real pages use: with or without outer pipes,
/// one row a line, or rows whose cells run over several lines (hard breaks, `- ` items, a first
/// column that starts on the line before its row).
struct TableReader {
    var lines: [Substring]

    /// True when line `number` (1-based) starts a table: a row followed by a delimiter row.
    func startsTable(at number: Int) -> Bool {
        guard number >= 1, number < lines.count else { return false }
        return lines[number - 1].contains("|") && Self.isDelimiterRow(lines[number])
    }

    /// The table whose header is on line `number`, read up to the first blank line, heading or fence.
    func table(at number: Int) -> Table? {
        guard startsTable(at: number) else { return nil }
        let headerLine = lines[number - 1]
        let outerPipes = headerLine.trimmingWhitespace().hasPrefix("|")
        // Headers are labels: `**基本信息**` and `基本信息` are the same column.
        let header = Self.cells(of: headerLine, outerPipes: outerPipes).map { $0.replacingOccurrences(of: "**", with: "") }
        let columns = header.count
        var rows: [Table.Row] = []
        var loose: [(text: String, line: Int)] = []
        var lineNumber = number + 2
        func settleLooseLines(into row: inout Table.Row?) {
            guard !loose.isEmpty else { return }
            if row != nil {
                row!.cells[row!.cells.count - 1] += loose.map { "\n" + $0.text }.joined()
            }
            loose.removeAll()
        }
        var pendingRow: Table.Row? = nil
        while lineNumber <= lines.count {
            let line = lines[lineNumber - 1]
            let trimmed = line.trimmedSlice()
            // A blank line inside a cell (a permission note set off as its own paragraph), or a
            // code block (a JSON sample in a parameter's description), is not the table's end when
            // rows follow: the lines up to them belong to the cell.
            var resumed: Int?
            if !outerPipes, trimmed.isEmpty {
                resumed = rowResuming(from: lineNumber + 1, columns: columns, overBlankLines: true)
            } else if !outerPipes, trimmed.hasPrefix("```"), pendingRow != nil {
                resumed = lineAfterCodeBlock(at: lineNumber, columns: columns)
            }
            if let resumed {
                for continued in lineNumber..<resumed {
                    let text = lines[continued - 1].trimmedSlice()
                    if !text.isEmpty { loose.append((String(text), continued)) }
                }
                lineNumber = resumed
                continue
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("```") || trimmed.hasPrefix(":::") {
                break
            }
            let cells = Self.cells(of: line, outerPipes: outerPipes, columns: columns)
            // GFM leaves the outer pipes optional on every line: a row of a piped table may come
            // without them (approval's `&emsp;∟user_id_map |map |是|…`), where it fills every column.
            let startsRow =
                outerPipes
                ? trimmed.hasPrefix("|") && cells.count >= 2 || columns > 2 && Self.cells(of: line, outerPipes: false).count == columns
                : cells.count >= max(2, columns)
            if startsRow {
                var cells = cells
                var rowLine = lineNumber
                // A first cell can begin on pipe-less lines before its row: a known key such as
                // `权限要求` on a line of its own, or a line the row then continues indented or
                // with a requirement tag (`approval_code` then `` `必选` | string | … ``).
                if !outerPipes, let keyIndex = loose.lastIndex(where: { Self.multiLineKeys.contains($0.text) }) {
                    cells[0] = loose[keyIndex...].map(\.text).joined(separator: "\n") + "\n" + cells[0]
                    rowLine = loose[keyIndex].line
                    loose.removeSubrange(keyIndex...)
                } else if !outerPipes, line.first?.isWhitespace == true || NameCell.isRequirementTag(cells[0]), let first = loose.popLast() {
                    cells[0] = first.text + "\n" + cells[0]
                    rowLine = first.line
                }
                settleLooseLines(into: &pendingRow)
                if let finished = pendingRow { rows.append(finished) }
                pendingRow = Table.Row(cells: Self.fit(cells, to: columns), line: rowLine)
            } else {
                loose.append((String(trimmed), lineNumber))
            }
            lineNumber += 1
        }
        settleLooseLines(into: &pendingRow)
        if let finished = pendingRow { rows.append(finished) }
        return Table(header: header, rows: rows, line: number, endLine: lineNumber - 1)
    }

    /// The line, within a few from `start`, where a table without outer pipes goes on: a row
    /// with every column, not a new table's header, reached over cell lines only.
    private func rowResuming(from start: Int, columns: Int, overBlankLines: Bool) -> Int? {
        var number = start
        while number <= lines.count, number < start + Self.resumeWindow {
            let trimmed = lines[number - 1].trimmedSlice()
            if !overBlankLines && trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("```") || trimmed.hasPrefix(":::")
                || trimmed.hasPrefix("|")
            {
                return nil
            }
            if Self.cells(of: lines[number - 1], outerPipes: false).count >= max(3, columns) {
                return number < lines.count && Self.isDelimiterRow(lines[number]) ? nil : number
            }
            number += 1
        }
        return nil
    }

    /// The line after the code block opening at `fence`, where it closes within `fenceWindow`
    /// lines and the table goes on after it.
    private func lineAfterCodeBlock(at fence: Int, columns: Int) -> Int? {
        guard let close = (fence + 1..<min(lines.count, fence + Self.fenceWindow) + 1).first(where: { lines[$0 - 1].trimmedSlice().hasPrefix("```") }),
            rowResuming(from: close + 1, columns: columns, overBlankLines: false) != nil
        else { return nil }
        return close + 1
    }

    /// How many lines a code block inside a cell may take.
    private static let fenceWindow = 60

    /// How many lines a cell's set-off paragraphs may take.
    private static let resumeWindow = 8

    /// Keys of the basic table whose cell runs over several lines (a note follows the key).
    static let multiLineKeys: Set<String> = ["权限要求", "字段权限要求"]

    /// Pads short rows and folds surplus cells back: an unescaped `|` in text into the last one,
    /// and one that opens a name cell as a tree mark (`| |-apiSecret | String |`) into the first.
    private static func fit(_ cells: [String], to columns: Int) -> [String] {
        guard columns > 0 else { return cells }
        var cells = cells
        if cells.count > columns, cells[0].isEmpty, NameCell.treeMark(in: "|" + cells[1]) != nil {
            cells.replaceSubrange(0...1, with: ["|" + cells[1]])
        }
        if cells.count > columns {
            return Array(cells.prefix(columns - 1)) + [cells.dropFirst(columns - 1).joined(separator: " | ")]
        }
        return cells + Array(repeating: "", count: columns - cells.count)
    }

    static func isDelimiterRow(_ line: Substring) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.contains("-"), trimmed.contains("|") || trimmed.allSatisfy({ $0 == "-" }) else { return false }
        return trimmed.allSatisfy { $0 == "-" || $0 == "|" || $0 == ":" || $0 == " " || $0 == "\t" }
    }

    /// The cells of a row, split at pipes that are neither escaped (`\|`) nor inside a code span,
    /// or, where that gives fewer cells than the table's `columns` and a split at every
    /// unescaped pipe (as GFM splits) gives as many, at every one: a stray backtick
    /// (`` `user_id``` ``) would otherwise open a code span that runs over the next cells.
    static func cells(of line: Substring, outerPipes: Bool, columns: Int? = nil) -> [String] {
        let cells = cells(of: line, outerPipes: outerPipes, protectingCodeSpans: true)
        guard let columns, cells.count < columns else { return cells }
        let split = Self.cells(of: line, outerPipes: outerPipes, protectingCodeSpans: false)
        return split.count == columns ? split : cells
    }

    /// Works on UTF-8 bytes: pipes, backticks and backslashes are ASCII, so no multi-byte
    /// character can be cut.
    private static func cells(of line: Substring, outerPipes: Bool, protectingCodeSpans: Bool) -> [String] {
        let bytes = Array(line.utf8)
        var cells: [String] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "|") {
                current.append(UInt8(ascii: "|"))
                index += 2
                continue
            }
            if protectingCodeSpans, byte == UInt8(ascii: "`") {
                var run = 1
                while index + run < bytes.count, bytes[index + run] == UInt8(ascii: "`") { run += 1 }
                let end = closingBackticks(in: bytes, from: index + run, length: run).map { $0 + run } ?? index + run
                current += bytes[index..<end]
                index = end
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(Self.cell(current))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
            index += 1
        }
        cells.append(Self.cell(current))
        if outerPipes {
            if cells.first?.isEmpty == true { cells.removeFirst() }
            if cells.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
        }
        return cells
    }

    /// A cell's text without the white space around it.
    private static func cell(_ bytes: [UInt8]) -> String {
        String(decoding: bytes[...].trimmedUTF8(), as: UTF8.self)
    }

    private static func closingBackticks(in bytes: [UInt8], from start: Int, length: Int) -> Int? {
        var index = start
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            var run = 1
            while index + run < bytes.count, bytes[index + run] == UInt8(ascii: "`") { run += 1 }
            if run == length { return index }
            index += run
        }
        return nil
    }
}
