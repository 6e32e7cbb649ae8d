import APIDocModel

/// Rebuilds the tree a flattened field table lost, from the page's JSON example.
///
/// A row whose type names an object or array opens a scope; the example says which keys that
/// object has, so each later row goes to the innermost open scope whose example has its name
/// (and has not had it yet). Where the example cannot decide, the row stays in table order under
/// the innermost scope, and a diagnostic says so.
struct NestingReconstructor {
    var file: String
    /// What the table is, for diagnostics: `request body`, `response`.
    var section: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The names of the rows placed by table order, where no example said where they go.
    private(set) var namesPlacedByGuess: Set<String> = []
    /// One diagnostic says a table was cut off at the nesting limit, however often.
    private var reportedCutOff = false
    /// How deep the fields this reconstructor reads sit: a named type's span of rows is read
    /// by one of its own.
    private var baseDepth = 0
    /// The example each named type's span of rows was last read with.
    private var typesRead: [String: JSONValue?] = [:]
    /// All that the examples show of each named type whose span of rows is read.
    private var typeExamples: [String: JSONValue] = [:]
    /// Named types whose span was read again with more than an earlier field of it was read with.
    private var outdated: Set<String> = []
    /// The field whose named type's span of rows this reader reads: what its top level is.
    private var spanOwner: String?
    /// The type names of the objects a named type's span of rows sits in, outside this reader.
    private var enclosingTypeNames: [String] = []
    /// For each kind of field (name and named type), the objects read so far that hold one: their
    /// type names and lines.
    private var holdersOfKind: [String: [(typeName: String, line: Int)]] = [:]

    /// What every example of the page shows of each member name.
    private var neighbours: ExampleNeighbours
    /// Whether a `file` row names an object type: in Feishu's JSON tables (an answer, a body
    /// that is not `multipart/form-data`), which hold no file's bytes.
    private let filesNameObjects: Bool

    /// - Parameters:
    ///   - pageExamples: Every example the page shows, of any section; where one shows a row's
    ///     name beside an open object's, the row goes beside that object.
    ///   - filesNameObjects: Whether a `file` row names an object type.
    init(file: String, section: String, pageExamples: [JSONValue] = [], filesNameObjects: Bool = false) {
        self.file = file
        self.section = section
        self.neighbours = ExampleNeighbours(examples: pageExamples)
        self.filesNameObjects = filesNameObjects
    }

    private struct Scope {
        var row: FlatRow?
        /// The object's keys as the example shows them; `nil` when the example does not show it.
        var keys: Set<String>?
        var seen: Set<String> = []
        var children: [Field] = []
        /// Whether the rows of the object name it in their paths (`leave_certificate.unit`).
        var childrenNamedByPath = false
        /// Whether the object is in the one it is in as a part, by its type name alone
        /// (`component | iframe_component` in `iframe | iframe`).
        var openedAsPartOfEnclosingType = false
        var exampleValue: JSONValue?
    }

    mutating func nest(_ rows: [FlatRow], example: JSONValue?) -> [Field] {
        let fields = nestRows(rows, example: example)
        let interfaceLines = Set(rows.filter(\.typeIsInterface).map(\.line))
        return interfaceLines.isEmpty ? fields : fields.map { Self.typingAnyValue($0, ofInterfaceRowsAt: interfaceLines) }
    }

    /// `field` with the `interface` objects no rows were read for, at `lines`, typed as any JSON
    /// value: Go's `interface` holds any value (a sheet's cells).
    private static func typingAnyValue(_ field: Field, ofInterfaceRowsAt lines: Set<Int>) -> Field {
        var field = field
        field.children = field.children.map { typingAnyValue($0, ofInterfaceRowsAt: lines) }
        if let items = field.items { field.items = typingAnyValue(items, ofInterfaceRowsAt: lines) }
        return field.line.map(lines.contains) == true ? anyValueWithoutRows(field) : field
    }

    private static func anyValueWithoutRows(_ field: Field) -> Field {
        var field = field
        if field.type == .array, let items = field.items {
            field.items = anyValueWithoutRows(items)
        } else if field.type == .object, field.typeName == nil, field.children.isEmpty {
            field.type = .any
        }
        return field
    }

    private mutating func nestRows(_ rows: [FlatRow], example: JSONValue?) -> [Field] {
        // JSON holds no file's bytes: there, `file` is Feishu's name for an object type
        // (`birth_certificate_of_child | file[]`, then the file's `id`), unless the example shows
        // a scalar.
        let rows = filesNameObjects ? rows.map(Self.fileRowMayOpenScope) : rows
        if rows.contains(where: { $0.depth != nil }) {
            return nestByDepth(rows, example: example)
        }
        // A nameless first row (`|  | Array |`) is the body itself, a bare array or map: the
        // rows after it describe its elements. A nameless object is just the body's own fields.
        if let first = rows.first, first.field.name.isEmpty, first.mayOpenScope {
            var marked = rows
            marked[0].depth = 0
            for index in marked.indices.dropFirst() { marked[index].depth = 1 }
            let fields = nestByDepth(marked, example: example)
            if fields.count == 1, let body = fields.first, body.name.isEmpty, body.type == .object, !body.children.isEmpty {
                return body.children
            }
            return fields
        }
        let diagnosticsBefore = diagnostics
        let fields = nestFlattened(rows, example: example)
        // A type read before a later field of it showed more: the whole table is read once again
        // (by the outermost reader only, so it stays two readings), every field of the type
        // with all that the examples showed of it.
        guard !outdated.isEmpty, baseDepth == 0 else { return fields }
        diagnostics = diagnosticsBefore
        return nestFlattened(rows, example: example)
    }

    private mutating func nestFlattened(_ rows: [FlatRow], example: JSONValue?) -> [Field] {
        holdersOfKind = [:]
        var stack = [Scope(row: nil, keys: example?.objectValue.map { Set($0.keys) }, exampleValue: example)]
        let folded = Self.foldingTypeNameRows(rows)
        let spans = RepeatedSpans.spans(in: folded)
        let lastRowNamed = Dictionary(folded.enumerated().map { (Self.looseName($1.field.name), $0) }, uniquingKeysWith: max)
        // The level the example places the first field of each name and named type at.
        var levels: [String: Int] = [:]
        var index = 0
        while index < folded.count {
            var row = folded[index]
            index += 1
            // `leave_certificate.unit` among the rows of `leave_certificate`: the row's path
            // says where it goes, and its name is the last part.
            let pathLevel = Self.pathLevel(of: &row, in: stack)
            let name = row.field.name
            // A name an enclosing object already had is a second one: it belongs to the object
            // open inside, rather than closing it (docx's `children | block[]` holds a block's
            // own `children | string[]`).
            let innermostIsGuessed = stack.count > 1 && stack[stack.count - 1].keys == nil
            var home = pathLevel ?? stack.lastIndex { $0.keys?.contains(name) == true && !$0.seen.contains(name) }
            // The first row under an object the example does not show, followed by a row no
            // example has, opens that object's fields (`created_by | person`, then `id`, `name`):
            // an outer object's `id` in the example is its own, not this row.
            if home != nil, pathLevel == nil, innermostIsGuessed, stack[stack.count - 1].children.isEmpty, index < folded.count,
                !stack.contains(where: { $0.keys?.contains(folded[index].field.name) == true })
            {
                home = nil
            }
            let target: Int
            var opensAsPart = false
            if let home {
                target = home
            } else {
                // Without an example for the innermost object, an object row is its child only
                // when the type names say so (`app.table.field.property` holds
                // `app.table.field.property.type`); otherwise it is taken as a sibling, so guessed
                // nesting does not run on without evidence.
                let guessedScopeOpen = stack.count > 1 && stack[stack.count - 1].keys == nil
                var reason = "by table order"
                if stack[stack.count - 1].childrenNamedByPath, let level = stack.lastIndex(where: { !$0.childrenNamedByPath }) {
                    // The object's own rows name it in their paths; one that does not is past them.
                    target = level
                    reason = "after the rows named by the path of the object before it"
                } else if row.namedType != nil, row.mayOpenScope,
                    // A dotted type name that places the row in an open object outweighs rows
                    // that end alike (`ui_property | app.table.field.property.type.ui_property`).
                    !stack.contains(where: { Self.typeName(of: row.field, extends: $0.row?.field) }),
                    let level = Self.levelBesideParallelObject(of: index - 1, in: folded, spans: spans, levels: levels, stack: stack)
                {
                    target = level
                    reason = "where the example places a field of its type"
                } else if row.mayOpenScope, let level = Self.enclosingObjectTypeNamed(by: row, in: stack) {
                    // `auto_serial | app.field.property.auto_serial` after the rows of `options`
                    // in `property`: its type name places it in `property`.
                    target = level
                    reason = "where its type name places it"
                } else if row.mayOpenScope, let level = Self.levelBesideObjectTypeNamedAlike(row, in: stack) {
                    // `description | app.table.field.description` after the rows of
                    // `property | app.table.field.property`: its type is the property's sibling.
                    target = level
                    reason = "where its type name places it"
                } else if row.mayOpenScope, let level = Self.levelOfTaggedObject(withVariant: name, in: stack) {
                    // `docsLink | content_docs_link` after the rows of `textRun`: the element's
                    // `type` lists `textRun`, `docsLink` and `person`, one object for each.
                    target = level
                    reason = "beside the field whose values name it"
                } else if let level = besideOpenObject(name, in: stack) {
                    target = level
                    reason = "where another of the page's examples places it"
                } else if let level = levelAmongShownNeighbours(name, in: stack) {
                    target = level
                    reason = "beside the fields the page's examples show it with"
                } else if let level = Self.levelBesideTheObjectsIdentified(by: name, in: stack) {
                    target = level
                    reason = "beside the objects whose IDs it lists"
                } else if guessedScopeOpen, row.mayOpenScope, Self.typeName(of: row.field, isPartOf: stack[stack.count - 1].row?.field) {
                    // `iframe | iframe`, then `component | iframe_component`; `okr | okr`, its
                    // rows, then `visible_setting | okr_visible_setting`: the type is named as a
                    // part of the object open.
                    target = stack.count - 1
                    opensAsPart = true
                    reason = "where its type name places it"
                } else if row.mayOpenScope, let level = levelOfObjectHoldingKindAlike(row, in: stack) {
                    // `style | text_style` after the rows of `update_text | update_text_request`,
                    // as `update_text_style | update_text_style_request` held one before.
                    target = level
                    reason = "in the object whose type name ends like one that holds a field of its kind"
                } else if guessedScopeOpen, row.mayOpenScope, !Self.typeName(of: row.field, extends: stack[stack.count - 1].row?.field),
                    !Self.isFirstField(row, of: stack[stack.count - 1]), !staysInGuessedTopLevelObject(row, stack: stack),
                    !Self.wouldRepeatItsName(row.field, leavingUnnamedObjectIn: stack)
                {
                    target = Self.levelBesideGuessedObject(of: row.field, in: stack)
                    opensAsPart = Self.typeName(of: row.field, isPartOf: stack[target].row?.field)
                } else if !guessedScopeOpen, stack.count > 1, stack[stack.count - 1].row?.field.type == .object,
                    Self.typeName(of: row.field, endsLike: stack[stack.count - 1].row?.field)
                {
                    // `update_text_style | update_text_style_request` after the rows of the
                    // example's `update_text_elements | update_text_elements_request`.
                    target = stack.count - 2
                    reason = "beside the object whose type name ends like its own"
                } else if Self.pagingNames.contains(name), let list = stack.indices.dropFirst().first(where: { stack[$0].row?.field.type == .array }) {
                    // `page_token`, `has_more` after a list's rows page that list: they sit beside
                    // the outermost open list, not in its last element.
                    target = list - 1
                } else {
                    target = stack.count - 1
                }
                // With only the top level open there is nothing to choose between.
                if stack.count > 1 {
                    namesPlacedByGuess.insert(name)
                    let parent = stack[target].row?.field.name ?? spanOwner ?? "the top level"
                    diagnostics.append(
                        Diagnostic(
                            .warning, .tableOrder, file: file, line: row.line,
                            "\(section) field '\(name)' is not in the page's example; kept under \(parent) \(reason)"
                        ))
                }
            }
            while stack.count - 1 > target { close(&stack) }
            // The example's member of a name the object has had is the earlier row's: a second row
            // so named (`email | email_for_update` after a string `email`) is not shown by it.
            let isSecond = stack[target].seen.insert(name).inserted == false
            if pathLevel != nil { stack[target].childrenNamedByPath = true }
            // `null` shows nothing of a member's shape (`"property": null` in one list element).
            let value = isSecond ? nil : stack[target].exampleValue?.objectValue?[name].flatMap { $0 == .null ? nil : $0 }
            var field = row.field
            if row.typeIsUnstated, value.map(Self.isScalar) ?? true {
                Self.stateType(of: &field, asShown: value)
                stack[target].children.append(field)
                continue
            }
            if field.example == nil, let value, Self.isScalar(value) { field.example = value }
            // Read before `mayOpenScope` is: a `file[]` row opens one anyway, and its elements
            // still need to become objects.
            let namesObject = readWordAsNamedObject(&field, word: row.scalarWord, shown: value)
            var mayOpenScope = row.mayOpenScope || namesObject
            if !mayOpenScope, spans[index - 1] != nil, let word = row.scalarWord {
                // Rows repeated under each field of the type say it is an object.
                field.type = .object
                field.typeName = word
                mayOpenScope = true
            }
            if !mayOpenScope, field.type == .map, field.items == nil, let shown = value?.objectValue,
                shown.keys.contains(where: { lastRowNamed[Self.looseName($0), default: -1] >= index })
            {
                // Historic pages write `map` for an object: approval Bot's `content | map`, whose
                // example keys are the rows after it.
                field.type = .object
                mayOpenScope = true
            }
            if mayOpenScope, spans[index - 1] == nil, namesEnclosingType(field, within: stack[...target], shown: value) {
                stack[target].children.append(Self.recursiveReference(field))
                continue
            }
            if mayOpenScope, value != nil, let kind = Self.kind(of: row), levels[kind] == nil { levels[kind] = target }
            if mayOpenScope, let span = spans[index - 1],
                span.repeatsExactly || Self.exampleFits(folded[index..<index + span.length], of: value, within: stack[target].keys),
                stack.count + baseDepth < NestingLimit.maximumDepth,
                !Self.exampleDisowns(folded[index..<index + span.length], of: value, within: stack[target].keys),
                !Self.exampleExtends(folded[index..<index + span.length], with: folded.dropFirst(index + span.length).first, of: value, within: stack[target].keys)
            {
                let length = span.length
                if let value { refineType(of: &field, from: value, line: row.line) }
                let children = spanChildren(
                    of: field, rows: folded[index..<index + length], example: Self.shownMembers(in: value), depth: baseDepth + target + 1,
                    within: stack[...target].compactMap { $0.row?.field.objectTypeName })
                stack[target].children.append(completed(field, children: children, exampleValue: nil, line: row.line))
                index += length
            } else if mayOpenScope, stack.count + baseDepth >= NestingLimit.maximumDepth {
                cutOff(&field, line: row.line)
                stack[target].children.append(field)
            } else if mayOpenScope, let value, let keys = Self.objectKeys(in: Self.contents(of: value, for: field), for: field) {
                refineType(of: &field, from: value, line: row.line)
                let contents = Self.objectValue(in: Self.contents(of: value, for: field))
                if !keys.isEmpty, !keys.contains(where: { lastRowNamed[Self.looseName($0), default: -1] >= index }) {
                    // No row to come names a member the example shows, in any spelling: the
                    // object has no rows here (`web_context`, whose fields the page lists
                    // elsewhere), and the next row is beside it.
                    stack[target].children.append(completed(field, children: [], exampleValue: contents, line: row.line))
                    continue
                }
                stack.append(Scope(row: FlatRow(field: field, line: row.line, mayOpenScope: true), keys: keys, exampleValue: contents))
            } else if mayOpenScope, value == nil,
                Self.mayHoldRows(field) || field.type == .array && field.innermostItems?.typeName != nil || field.type == .map && field.items != nil
            {
                // An object the example does not show holds the rows after it that nothing places
                // elsewhere, an unnamed `Array` or `Object` too: in DingTalk's answers, which
                // have examples, the next row is its field in 95% of cases, and this reading
                // places 77% of rows right, a flat one 20%. Where the section has an example that
                // leaves the object out, the rows read so (37 in DingTalk sections the SDK has) are
                // where the SDK has them 13 times, and a flat reading placed one.
                stack.append(Scope(row: FlatRow(field: field, line: row.line, mayOpenScope: true), keys: nil, openedAsPartOfEnclosingType: opensAsPart))
            } else {
                if let value { refineType(of: &field, from: value, line: row.line) }
                stack[target].children.append(field)
            }
        }
        while stack.count > 1 { close(&stack) }
        return stack[0].children
    }

    /// An object, or a list whose elements may be objects: what a flattened table's next rows may
    /// be the fields of.
    private static func mayHoldRows(_ field: Field) -> Bool {
        field.type == .object || field.type == .array && field.innermostItems.map { $0.type == .object } != false
    }

    /// The page marks each row's depth: the tree is exact, the example only fills in examples.
    private mutating func nestByDepth(_ rows: [FlatRow], example: JSONValue?) -> [Field] {
        let siblings = Self.siblingNames(in: rows)
        var stack = [Scope(row: nil, keys: nil, exampleValue: example)]
        // The level of the last field cut off at the nesting limit: the rows below it are left out.
        var cutLevel: Int?
        for (index, row) in rows.enumerated() {
            let depth = row.depth ?? 0
            if let level = cutLevel {
                if depth > level { continue }
                cutLevel = nil
            }
            // A row the next row is marked deeper than holds it, whatever its type says (`map`).
            let holdsNextRow = index + 1 < rows.count && (rows[index + 1].depth ?? 0) > depth
            if depth > stack.count - 1 {
                diagnostics.append(
                    Diagnostic(
                        .warning, .nesting, file: file, line: row.line,
                        "\(section) field '\(row.field.name)' is marked \(depth) levels deep under a row \(stack.count - 1) deep; placed one level below it"
                    ))
            }
            while stack.count - 1 > min(depth, stack.count - 1) { close(&stack) }
            var field = row.field
            // A nameless row is the whole value (a bare array body), so the whole example is its.
            let value = field.name.isEmpty && stack.count == 1
                ? stack[0].exampleValue : stack[stack.count - 1].exampleValue?.objectValue?[field.name]
            _ = readWordAsNamedObject(&field, word: row.scalarWord, shown: value, holdsRows: holdsNextRow)
            if row.typeIsUnstated, !holdsNextRow {
                Self.stateType(of: &field, asShown: value)
                stack[stack.count - 1].children.append(field)
                continue
            }
            if let value {
                if field.example == nil, Self.isScalar(value) { field.example = value }
                refineType(of: &field, from: value, line: row.line)
            }
            if row.mayOpenScope, !holdsNextRow, namesEnclosingType(field, within: stack[...], shown: value, siblings: siblings[index]) {
                stack[stack.count - 1].children.append(Self.recursiveReference(field))
            } else if row.mayOpenScope || holdsNextRow, stack.count + baseDepth >= NestingLimit.maximumDepth {
                cutOff(&field, line: row.line)
                cutLevel = stack.count - 1
                stack[stack.count - 1].children.append(field)
            } else if row.mayOpenScope || holdsNextRow {
                if field.type == .map, holdsNextRow { field.type = .object }
                if row.typeIsUnstated, let members = value?.objectValue, ExampleFields.isKeyedByData(members) {
                    // The example keys the rows' objects by data (a folder's `children` by token).
                    field.type = .map
                    field.items = Field(name: field.name, type: .object)
                }
                let shown = value.map { Self.contents(of: $0, for: field) }
                stack.append(Scope(row: FlatRow(field: field, line: row.line, mayOpenScope: true), keys: nil, exampleValue: Self.objectValue(in: shown)))
            } else {
                stack[stack.count - 1].children.append(field)
            }
        }
        while stack.count > 1 { close(&stack) }
        return stack[0].children
    }

    /// A field at the deepest level the model holds (`NestingLimit`) keeps no fields of its own:
    /// it is any JSON value, which still carries what the server sends.
    private mutating func cutOff(_ field: inout Field, line: Int) {
        field.type = .any
        field.items = nil
        field.children = []
        guard !reportedCutOff else { return }
        reportedCutOff = true
        diagnostics.append(
            Diagnostic(
                .warning, .nesting, file: file, line: line,
                "\(section) fields nest deeper than \(NestingLimit.maximumDepth) levels; '\(field.name)' is typed as any JSON value and the rows below it are not read"
            ))
    }

    private mutating func close(_ stack: inout [Scope]) {
        let scope = stack.removeLast()
        guard let field = scope.row?.field else { return }
        stack[stack.count - 1].children.append(
            completed(field, children: scope.children, exampleValue: scope.exampleValue, line: scope.row?.line ?? 1))
    }

    /// `field` holding `children`, or, for a named type the page gives no rows for, the members
    /// its example shows.
    private mutating func completed(_ field: Field, children: [Field], exampleValue: JSONValue?, line: Int) -> Field {
        var field = field
        var children = children
        if children.count == 1, let only = children.first, Self.namesAType(only) {
            if field.type == .array {
                field.items = Field(name: field.name, type: .object, typeName: only.typeName)
            } else {
                field.typeName = only.typeName
            }
            children = only.children
        }
        if children.isEmpty, Self.namesItsType(field), let shown = exampleValue?.objectValue, !shown.isEmpty {
            // A named type the page gives no rows for (`content | OpenAgoalObjectiveDTO`) is
            // stated by the example alone.
            children = ExampleFields.fields(of: shown)
            diagnostics.append(
                Diagnostic(
                    .note, .nesting, file: file, line: line,
                    "\(section) field '\(field.name.isEmpty ? "the body" : field.name)' (\(field.objectTypeName ?? "")) has no rows of its own; its fields are read from the page's example"
                ))
        }
        if let holder = field.objectTypeName {
            for kind in children.compactMap(Self.kind(of:)) { holdersOfKind[kind, default: []].append((holder, line)) }
        }
        if children.isEmpty {
            // An object or array the table gives no fields for keeps the type it was given.
        } else if field.type == .map, let values = field.items {
            field.items = Self.elements(values, holding: children)
        } else if field.type == .array {
            field.items = Self.elements(field.items ?? Field(name: field.name, type: .object), holding: children)
        } else {
            field.children = children
        }
        return field
    }

    /// The fields of a named type's span of rows (`RepeatedSpans`), read on their own with all
    /// the examples show of the type, so that every field of the type nests alike.
    private mutating func spanChildren(
        of field: Field, rows: ArraySlice<FlatRow>, example: JSONValue?, depth: Int, within enclosing: [String]
    ) -> [Field] {
        let type = field.objectTypeName ?? ""
        let shown = ExampleShape.merged([typeExamples[type], example].compactMap { $0 })
        typeExamples[type] = shown
        if let readWith = typesRead[type], readWith != shown { outdated.insert(type) }
        typesRead[type] = shown
        var inner = NestingReconstructor(file: file, section: section, filesNameObjects: filesNameObjects)
        inner.neighbours = neighbours
        inner.baseDepth = depth
        inner.spanOwner = field.name
        inner.typesRead = typesRead
        inner.typeExamples = typeExamples
        inner.enclosingTypeNames = enclosingTypeNames + enclosing + [type]
        let children = inner.nest(Array(rows), example: shown)
        diagnostics += inner.diagnostics
        namesPlacedByGuess.formUnion(inner.namesPlacedByGuess)
        typesRead = inner.typesRead
        typeExamples = inner.typeExamples
        outdated.formUnion(inner.outdated)
        return children
    }

    /// Whether a row with no rows of its own names the type of an object it sits in
    /// (`children | category[]` among a `category`'s rows), and the example, if it shows the
    /// field, shows no member that object lacks: the field holds that object again.
    ///
    /// - Parameter siblings: The names of all the rows of the object the row is in, where the
    ///   table marks depth and so states them (`children` may come before `tag`).
    private func namesEnclosingType(
        _ field: Field, within scopes: ArraySlice<Scope>, shown value: JSONValue?, siblings: Set<String> = []
    ) -> Bool {
        guard let type = field.objectTypeName, field.type == .object || field.innermostItems?.type == .object else { return false }
        guard let index = scopes.lastIndex(where: { $0.row?.field.objectTypeName == type }) else { return enclosingTypeNames.contains(type) }
        let scope = scopes[index]
        let members = index == scopes.endIndex - 1 ? siblings : []
        let shown = Self.objectValue(in: value)?.objectValue?.keys ?? [:].keys
        return shown.allSatisfy { name in
            scope.keys?.contains(name) == true || name == field.name || scope.children.contains { $0.name == name } || members.contains(name)
        }
    }

    /// For each row of a table that marks depth, the names of all the rows of the object it is in.
    /// One pass; the rows of one object share one set.
    private static func siblingNames(in rows: [FlatRow]) -> [Set<String>] {
        var groups: [Set<String>] = [[]]
        var groupOfRow: [Int] = []
        var open: [(depth: Int, group: Int)] = [(-1, 0)]
        for row in rows {
            let depth = row.depth ?? 0
            while open.count > 1, let last = open.last, last.depth >= depth { open.removeLast() }
            let group = open[open.count - 1].group
            groups[group].insert(row.field.name)
            groupOfRow.append(group)
            groups.append([])
            open.append((depth, groups.count - 1))
        }
        return groupOfRow.map { groups[$0] }
    }

    /// `field` as the enclosing object's type again: its fields are that object's (`recursive`).
    private static func recursiveReference(_ field: Field) -> Field {
        var field = field
        if field.type == .array, let items = field.items {
            field.items = recursiveReference(items)
        } else {
            field.recursive = true
            field.children = []
        }
        return field
    }

    /// Whether the example agrees with a span read from the rows each field of a type begins
    /// with: every member it shows for the field is among the span's rows (docx's
    /// `text_element_style` shows two of ten), and none of the span's rows is shown beside the
    /// field instead (OKR's `progress_record_list` is followed by its key result's own times).
    private static func exampleFits(_ rows: ArraySlice<FlatRow>, of value: JSONValue?, within enclosingKeys: Set<String>?) -> Bool {
        guard let keys = objectValue(in: value)?.objectValue?.keys else { return value == nil }
        let names = Set(rows.map(\.field.name))
        return keys.allSatisfy(names.contains) && !names.contains { !keys.contains($0) && enclosingKeys?.contains($0) == true }
    }

    /// Whether the example places a span's last row beside the field rather than inside it (the
    /// span runs on past the field's own rows): the example outweighs the repetition. Rows
    /// within the span may well share a name with the enclosing object's (`inline_block` holds a
    /// `block_id` like the block's), so only the end is weighed.
    private static func exampleDisowns(_ rows: ArraySlice<FlatRow>, of value: JSONValue?, within enclosingKeys: Set<String>?) -> Bool {
        guard let enclosingKeys, let keys = objectValue(in: value)?.objectValue?.keys, let last = rows.last?.field.name else { return false }
        return !keys.contains(last) && enclosingKeys.contains(last)
    }

    /// Whether the example places the row after a span inside the field, as a member the span
    /// lacks (`dimension_titles | i18n_content[]` shows an `id` the type's other fields do not
    /// have, and the row after the span is `id`): the span ends short of the field's rows.
    private static func exampleExtends(_ rows: ArraySlice<FlatRow>, with next: FlatRow?, of value: JSONValue?, within enclosingKeys: Set<String>?) -> Bool {
        guard let next = next?.field.name, let keys = objectValue(in: value)?.objectValue?.keys else { return false }
        return keys.contains(next) && !rows.contains { $0.field.name == next } && enclosingKeys?.contains(next) != true
    }

    /// Where the innermost object has had every member its example shows, not `name`, and an
    /// example of the page shows `name` beside it and never within it (the request example's
    /// `group_chat_employee_types` beside `leaders`, in the answer's `department`), the level
    /// beside it, unless the object there already has the name. The same holds further out,
    /// past objects that have had every member their examples show and that no example shows
    /// `name` within (a calendar attendee's `approval_reason` after the rows of the `options`
    /// in its `resource_customization`).
    private func besideOpenObject(_ name: String, in stack: [Scope]) -> Int? {
        for level in stack.indices.dropFirst().reversed() {
            guard let shown = stack[level].keys, shown.isSubset(of: stack[level].seen), let object = stack[level].row?.field.name,
                !neighbours.showWithin(name, object)
            else { return nil }
            if neighbours.showBeside(name, object) { return stack[level - 1].seen.contains(name) ? nil : level - 1 }
        }
        return nil
    }

    /// The innermost open object, but the innermost, that is a tagged object with `name` as a
    /// variant: it has had a field whose documented values include `name` and an object named by
    /// another of those values (`type`: `textRun`, `docsLink`, `person`, and a `textRun`), and has
    /// not had `name`. Nothing when the innermost object is such an object itself.
    private static func levelOfTaggedObject(withVariant name: String, in stack: [Scope]) -> Int? {
        func isTagged(_ level: Int) -> Bool {
            // The object's fields so far: those closed, and the one still open inside it.
            let fields = stack[level].children + (level + 1 < stack.count ? [stack[level + 1].row?.field].compactMap { $0 } : [])
            return fields.contains { tag in
                let values = Set(tag.enum.map(\.value))
                return values.contains(name) && fields.contains { $0.name != name && values.contains($0.name) && mayHoldRows($0) }
            }
        }
        guard stack.count > 1, !isTagged(stack.count - 1) else { return nil }
        return stack.indices.dropLast().last { isTagged($0) && !stack[$0].seen.contains(name) }
    }

    /// Where `name` lists the IDs of an open object's kind (`collaborator_ids`, `followerIds` for
    /// `collaborators`, `followers`), the level beside that object: one of them does not hold
    /// the IDs of them all (feishu-raw's exact tables: beside 10 times, within none).
    private static func levelBesideTheObjectsIdentified(by name: String, in stack: [Scope]) -> Int? {
        let lowered = name.lowercased()
        guard let level = stack.indices.dropFirst().last(where: { level in
            guard let objects = stack[level].row?.field.name.lowercased(), objects.hasSuffix("s") else { return false }
            let one = objects.dropLast()
            return [one + "_ids", one + "ids", one + "_id_list", one + "idlist"].contains(lowered)
        }) else { return nil }
        return stack[level - 1].seen.contains(name) ? nil : level - 1
    }

    /// The level of the open object that has had two or more of the members an example of the
    /// page shows `name` beside, where the innermost object has had members and none of those: a
    /// task's `collaborator_ids` after the rows of its `collaborators`, which the request's
    /// example shows beside the task's `summary` and `due`.
    private func levelAmongShownNeighbours(_ name: String, in stack: [Scope]) -> Int? {
        guard stack.count > 1, let innermost = stack.last, !innermost.seen.isEmpty,
            neighbours.countShownBeside(name, among: innermost.seen) == 0
        else { return nil }
        return stack.indices.dropLast().last {
            !stack[$0].seen.contains(name) && neighbours.countShownBeside(name, among: stack[$0].seen) >= 2
        }
    }

    /// Where the rows a field of a named type holds end with a field the example placed before
    /// (the same name and named type), as the rows of the object open at that level end, the
    /// level that makes the two siblings: docx's `mention_user` holds `user_id` and a
    /// `text_element_style`, as `text_run` before it does. A field of that kind itself stays in
    /// the object open, rather than being taken out of one the example does not show.
    private static func levelBesideParallelObject(
        of position: Int, in rows: [FlatRow], spans: [Int: RepeatedSpans.Span], levels: [String: Int], stack: [Scope]
    ) -> Int? {
        if let kind = kind(of: rows[position]), levels[kind] == stack.count - 1 { return stack.count - 1 }
        for row in rows[(position + 1 + (spans[position]?.length ?? 0))...] {
            if let kind = kind(of: row), let level = levels[kind], row.mayOpenScope {
                guard level > 0, level < stack.count, stack[level].children.last.flatMap(Self.kind(of:)) == kind else { return nil }
                return level - 1
            }
            if row.mayOpenScope || row.scalarWord != nil { return nil }
        }
        return nil
    }

    /// A member's name in any house style and path: `corpId`, `corp_id` and `ext.corp_id` are one.
    private static func looseName(_ name: String) -> String {
        String(name.split(separator: ".").last ?? "").lowercased().filter { $0 != "_" }
    }

    /// A row's name and named type, for fields of one kind met again.
    private static func kind(of row: FlatRow) -> String? {
        row.namedType.map { row.field.name + " " + $0 }
    }

    private static func kind(of field: Field) -> String? {
        field.objectTypeName.map { field.name + " " + $0 }
    }

    /// The fields a Feishu answer pages a list with.
    private static let pagingNames: Set = ["page_token", "has_more", "next_page_token"]

    /// The level of the open object a dotted row name (`leave_certificate.unit`) names as its
    /// parent, with the row renamed to the name's last part; `nil` for any other row.
    private static func pathLevel(of row: inout FlatRow, in stack: [Scope]) -> Int? {
        let parts = row.field.name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count > 1, let parent = parts.dropLast().last, let last = parts.last, !last.isEmpty,
            let level = stack.lastIndex(where: { $0.row?.field.name == String(parent) })
        else { return nil }
        row.field.name = String(last)
        return level
    }

    /// An object, or an array of objects, whose type is a name of its own rather than `Object`.
    private static func namesItsType(_ field: Field) -> Bool {
        field.type == .object && field.typeName != nil || field.type == .array && field.innermostItems?.type == .object && field.innermostItems?.typeName != nil
    }

    /// `| Entity | Entity |` alone under an `Array` or `Object` row names the element's type: it is
    /// no field. DingTalk's field names are lower camel case, its type names capitalised.
    private static func namesAType(_ field: Field) -> Bool {
        field.name == field.typeName && field.name.first?.isUppercase == true
    }

    /// In a flattened table, a type-naming row right after an `Array` or `Object` row gives that
    /// row's element type (and so lets it hold the rows that follow, as a named type does).
    /// So does a nameless row right after a map or array row (DingTalk's
    /// `appProperties | Map<String, Array>`, then `|  | Array |`): it gives the map's values or
    /// the array's elements, and the rows after it are theirs.
    private static func foldingTypeNameRows(_ rows: [FlatRow]) -> [FlatRow] {
        var folded: [FlatRow] = []
        for row in rows {
            if row.field.name.isEmpty, var previous = folded.last, previous.field.type == .map || previous.field.type == .array {
                var value = row.field
                value.name = previous.field.name
                value.line = nil
                previous.field.items = value
                previous.mayOpenScope = Self.mayHoldRows(value)
                folded[folded.count - 1] = previous
                continue
            }
            guard namesAType(row.field), var previous = folded.last, previous.mayOpenScope, previous.field.typeName == nil,
                previous.field.items?.typeName == nil
            else {
                folded.append(row)
                continue
            }
            if previous.field.type == .array {
                previous.field.items = Field(name: previous.field.name, type: .object, typeName: row.field.typeName)
            } else {
                previous.field.typeName = row.field.typeName
            }
            folded[folded.count - 1] = previous
        }
        return folded
    }

    /// The innermost enclosing object, short of the innermost one, whose type name a row's
    /// type name sits below, where it does not sit below the innermost's.
    private static func enclosingObjectTypeNamed(by row: FlatRow, in stack: [Scope]) -> Int? {
        guard stack.count > 2, !typeName(of: row.field, extends: stack[stack.count - 1].row?.field) else { return nil }
        return stack.indices.dropFirst().dropLast().last { typeName(of: row.field, extends: stack[$0].row?.field) }
    }

    /// Whether `child`'s type name is `parent`'s and a part's name: `iframe_component` in an
    /// `iframe`, `table_merge_info` in a `table`. A field named as its type is not a part but a
    /// kind of its own (docx's `okr_objective | okr_objective` block beside the `okr` block): in
    /// feishu-raw, whose tables mark depth, fields typed as a part of an enclosing object are in
    /// it 958 times and beside it 9; named as their type, in it 27 times and beside it 49.
    private static func typeName(of child: Field, isPartOf parent: Field?) -> Bool {
        guard let parentName = parent?.objectTypeName, let childName = child.objectTypeName, child.name != childName else { return false }
        return childName.count > parentName.count + 1 && childName.hasPrefix(parentName + "_")
    }

    /// Whether a row right after an object row is that object's first field (`table | table`,
    /// then `cells | string[]`; `update_text_style | update_text_style_request`, then `style |
    /// text_style`) rather than a sign that the object has no rows: unless it is named as its
    /// type, a kind of its own (`undefined | undefined`, then `quote_container |
    /// quote_container`), a kind alike (`ios_context`, then `pc_context`), or an object the page
    /// does not name. In feishu-raw, whose tables mark depth, a named row there is the first
    /// field 151 times, and beside the object 11 times where named as its type and twice where
    /// alike (distinct cases).
    private static func isFirstField(_ row: FlatRow, of object: Scope) -> Bool {
        object.children.isEmpty && row.field.name != row.namedType && !(row.namedType == nil && mayHoldRows(row.field))
            && !isKindAlike(row.field, to: object.row?.field, in: nil)
    }

    /// Whether a named object row that no example places stays in the top-level object the
    /// example does not show either, after that object's own rows (`user | user`, `name`, then
    /// `department | department`). In feishu-raw, whose tables mark depth, such a row is in the
    /// object 485 times and beside it 73; deeper down, or where the two type names end in the
    /// same word (`resident_tax_for_update`, then `address_for_update`), it is beside it more
    /// often than not, and the row is taken as a sibling. A list of scalars stays too (an
    /// external contact's `label_ids` after its `title`: 96 distinct cases to 14).
    private func staysInGuessedTopLevelObject(_ row: FlatRow, stack: [Scope]) -> Bool {
        guard baseDepth + stack.count == 2, let object = stack.last, !object.children.isEmpty else { return false }
        if row.namedType == nil, !Self.mayHoldRows(row.field) { return true }
        guard let typeName = row.field.objectTypeName, let objectTypeName = object.row?.field.objectTypeName else { return false }
        return typeName.lastWord == nil || typeName.lastWord != objectTypeName.lastWord
    }

    /// The level of the innermost open object whose type name ends in the word that of an
    /// object before it ends in, where that object holds a field of the row's kind (name and
    /// named type): docx's `update_text | update_text_request` holds `style | text_style`, as
    /// `update_text_style | update_text_style_request` before it does. An object within the open
    /// one says nothing of it (the whiteboard's `rich_text` holds a `rich_text_element_text`
    /// with a `text_style`, and its own `text_style` is beside it). In feishu-raw, whose tables
    /// mark depth, a named object so placed is in that object 195 times and beside it 15
    /// (distinct cases).
    private func levelOfObjectHoldingKindAlike(_ row: FlatRow, in stack: [Scope]) -> Int? {
        guard let kind = Self.kind(of: row), let holders = holdersOfKind[kind] else { return nil }
        return stack.indices.dropFirst().last { level in
            guard let object = stack[level].row, let word = object.field.objectTypeName?.lastWord else { return false }
            return holders.contains { $0.line < object.line && $0.typeName.lastWord == word }
        }
    }

    /// Whether `field` leaving the innermost object, one that no type names (DingTalk's `Array`
    /// or `Object`), would go where a field has that name already (the storage space's `quota |
    /// Object` after the rows of its `partitions | Array`, beside the space's own `quota |
    /// Long`): an object has one field of a name, so the row stays. Where type names place rows
    /// (Feishu's flattened tables), a name met again mostly comes of an earlier guess (docx's
    /// `text_element_style`), and staying places more rows wrongly than rightly (precision of
    /// flattened feishu-raw's bodies .9514 → .8719).
    private static func wouldRepeatItsName(_ field: Field, leavingUnnamedObjectIn stack: [Scope]) -> Bool {
        stack[stack.count - 1].row?.field.objectTypeName == nil && stack[levelBesideGuessedObject(of: field, in: stack)].seen.contains(field.name)
    }

    /// The level an object row goes to that the example does not place and whose type name
    /// does not place it in the innermost object, a guessed one: beside that object. A part of
    /// the type the innermost is a part of stays in it (`merge_info | table_merge_info[]` in a
    /// table's `property`), unless it is a kind of thing alike to the innermost
    /// (`isKindAlike`); any other object leaving a part leaves the whole it is a part of too
    /// (`image | image` after the `iframe`'s `component`). A row no type names, a list of
    /// scalars, is no part of anything: it stays in the part (`column_width | int[]` after the
    /// rows of the table's `property`).
    private static func levelBesideGuessedObject(of field: Field, in stack: [Scope]) -> Int {
        let innermost = stack.count - 1
        return leavingParts(of: field, from: stack[innermost].openedAsPartOfEnclosingType ? innermost : innermost - 1, in: stack)
    }

    private static func leavingParts(of field: Field, from level: Int, in stack: [Scope]) -> Int {
        var level = level
        while level >= 2, stack[level].openedAsPartOfEnclosingType, field.objectTypeName != nil {
            let whole = stack[level - 1].row?.field
            if typeName(of: field, isPartOf: whole) {
                return isKindAlike(field, to: stack[level].row?.field, in: whole) ? level - 1 : level
            }
            level -= 2
        }
        return level
    }

    /// Whether `field` is a kind of thing alike to `part`, and so beside it rather than in it:
    /// of the same type (`left`, then `right | condition_value`), with names and type names that
    /// end alike (`award_list | talent_award_info`, then `language_list |
    /// talent_language_info`), or, as parts of a `whole`, both named as kinds of the whole
    /// (`text_element | rich_text_element_text`, then `link_element | rich_text_element_link`
    /// in an `element | rich_text_element`). In feishu-raw, whose tables mark depth, a part of
    /// the whole after another part's rows is in that part 62 times and beside it 35 (distinct
    /// cases); of those alike, in it once and beside it 26 times.
    private static func isKindAlike(_ field: Field, to part: Field?, in whole: Field?) -> Bool {
        guard let part, let typeName = field.objectTypeName, let partTypeName = part.objectTypeName else { return false }
        if typeName == partTypeName { return true }
        if let word = field.name.lastWord, word == part.name.lastWord, typeName.lastWord == partTypeName.lastWord { return true }
        guard let wholeTypeName = whole?.objectTypeName else { return false }
        let noun = wholeTypeName.lastWord ?? Substring(wholeTypeName)
        func isNamedAsKind(_ name: String, typeName: String) -> Bool {
            name == typeName.dropFirst(wholeTypeName.count + 1) + "_" + noun
        }
        return isNamedAsKind(field.name, typeName: typeName) && isNamedAsKind(part.name, typeName: partTypeName)
    }

    /// The level beside the innermost open object whose dotted type name is the row's sibling
    /// (`app.table.field.description` beside `app.table.field.property`), where no open object's
    /// type name holds the row's or is the row's.
    private static func levelBesideObjectTypeNamedAlike(_ row: FlatRow, in stack: [Scope]) -> Int? {
        guard let name = row.field.objectTypeName, name.contains("."),
            !stack.contains(where: { $0.row?.field.objectTypeName == name || typeName(of: row.field, extends: $0.row?.field) })
        else { return nil }
        // `application.app_usage` and `application.department_app_usage` share a service's
        // name, not a type's: siblings share a path of two names at least.
        let parent = name.split(separator: ".").dropLast()
        guard parent.count > 1 else { return nil }
        return stack.indices.dropFirst().last { stack[$0].row?.field.objectTypeName?.split(separator: ".").dropLast() == parent }.map { $0 - 1 }
    }

    /// Whether `child`'s type name and `object`'s end in the same word, of names of two words or
    /// more (`update_text_style_request`, `update_text_elements_request`): a kind alike, beside
    /// the object rather than in it. A type named as the object's with words put in before that
    /// last one is a kind of it held in it (`audit_ios_context` in an `audit_context`). In
    /// feishu-raw, whose tables mark depth, a named object after the rows of an object whose
    /// type name ends alike, not so, is beside it 136 times and in it 19 (distinct cases); put
    /// in, in it 3 times and never beside it.
    private static func typeName(of child: Field, endsLike object: Field?) -> Bool {
        guard let childName = child.objectTypeName, let objectName = object?.objectTypeName, let word = childName.lastWord,
            word == objectName.lastWord
        else { return false }
        let stem = objectName.dropLast(word.count + 1)
        return childName == objectName || !(childName.hasPrefix(stem + "_") && childName.count > objectName.count)
    }

    /// Whether `child`'s type name sits below `parent`'s: `a.b.property` → `a.b.property.type`,
    /// or `a.field.property.auto_serial` below a type ending in `property`.
    private static func typeName(of child: Field, extends parent: Field?) -> Bool {
        guard let parentName = parent?.objectTypeName, let childName = child.objectTypeName
        else { return false }
        let childParts = childName.split(separator: ".").dropLast()
        return childName.hasPrefix(parentName + ".")
            || parentName.split(separator: ".").last.map { childParts.contains($0) } == true
    }

    /// Feishu names object types by scalar words: `file | file | 复制的新文件信息`, the
    /// whiteboard's `data | text[]`. Where the example shows an object (or a list of them) for
    /// such a word, or the table marks rows under it (`holdsRows`), the field is one, not a
    /// file's bytes or a string; a `file` is one too where the example shows nothing in a table
    /// where files name objects. Returns whether the field became one.
    private func readWordAsNamedObject(_ field: inout Field, word: String?, shown value: JSONValue?, holdsRows: Bool = false) -> Bool {
        if holdsRows, let word {
            // Rows marked under it are its fields: docx's `heading1 | text`, then `elements`.
            if field.type == .array {
                field.items = Field(name: field.name, type: .object, typeName: field.items?.typeName ?? word)
            } else {
                field.type = .object
                field.typeName = field.typeName ?? word
            }
            return true
        }
        let showsObjects = value?.arrayValue != nil && Self.objectValue(in: value) != nil
        if word == "text" {
            // A lone `text` the example shows as an object is one already (`refineType`), named
            // by its field.
            guard field.type == .array, field.items?.type == .string, showsObjects else { return false }
            field.items = Field(name: field.name, type: .object, typeName: "text")
            return true
        }
        let unshownInJSON = value == nil && filesNameObjects
        if field.type == .file, unshownInJSON || value?.objectValue != nil {
            field.type = .object
            field.typeName = field.typeName ?? "file"
            return true
        }
        if field.type == .array, field.items?.type == .file, unshownInJSON || showsObjects {
            field.items = Field(name: field.name, type: .object, typeName: field.items?.typeName ?? "file")
            return true
        }
        return false
    }

    private static func fileRowMayOpenScope(_ row: FlatRow) -> FlatRow {
        var row = row
        if row.field.type == .file || row.field.items?.type == .file { row.mayOpenScope = true }
        return row
    }

    /// A row whose type the page leaves to its examples and that holds no rows: typed as the
    /// example shows it, or, where no example shows it, any JSON value.
    private static func stateType(of field: inout Field, asShown value: JSONValue?) {
        let shown = value.map { ExampleFields.field(named: field.name, value: $0) }
        field.type = shown?.type ?? .any
        field.items = shown?.items
        field.children = shown?.children ?? []
        if field.example == nil { field.example = shown?.example }
    }

    /// A list whose elements the table leaves unstated (DingTalk's `Array`) takes them from the
    /// example: values of one type are of it, mixed ones any value. Below a list of lists (a
    /// nameless `Array` row under it) only objects are taken, which the rows after it may fill
    /// (`backgroundColors` shown as `[[{"red": 0, …}]]`); a sheet's cells shown as strings may
    /// hold numbers and links as well, and stay any value.
    private static func stateElements(of field: inout Field, asShown elements: [JSONValue], nested: Bool = false) {
        let shown = elements.filter { $0 != .null }
        guard !shown.isEmpty else { return }
        if field.items == nil {
            let types = Set(shown.map(ExampleFields.type(of:)))
            let type = types == [.integer, .number] ? .number : types.count == 1 ? types.first ?? .any : .any
            guard !nested || type == .object || type == .array else { return }
            field.items = Field(name: field.name, type: type)
        }
        guard var items = field.items, items.type == .array else { return }
        stateElements(of: &items, asShown: shown.flatMap { $0.arrayValue ?? [] }, nested: true)
        field.items = items
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        value.objectValue == nil && value.arrayValue == nil && value != .null
    }

    /// An array's elements holding `children`: its objects, or for an array of arrays, theirs.
    private static func elements(_ items: Field, holding children: [Field]) -> Field {
        var items = items
        if items.type == .array {
            items.items = elements(items.items ?? Field(name: items.name, type: .object), holding: children)
        } else {
            items.type = .object
            items.children = children
        }
        return items
    }

    /// The object a value shows: itself, or for a list all its objects together (each element
    /// of an example's list may show members the others leave out), lists within it included.
    private static func objectValue(in value: JSONValue?) -> JSONValue? {
        if let value, value.objectValue != nil { return value }
        return ExampleShape.merged(value?.objectsWithin ?? [])
    }

    /// What an example value shows of a field's contents: a map's values (its keys are data),
    /// anything else as it is.
    private static func contents(of value: JSONValue, for field: Field) -> JSONValue {
        guard field.type == .map, field.items != nil, case .object(let members) = value else { return value }
        return .array(members.keys.sorted().compactMap { members[$0] })
    }

    /// The example's object where it shows any member: `{}` says nothing of a type's members.
    private static func shownMembers(in value: JSONValue?) -> JSONValue? {
        objectValue(in: value).flatMap { $0.objectValue?.isEmpty == false ? $0 : nil }
    }

    private static func objectKeys(in value: JSONValue?, for field: Field) -> Set<String>? {
        // A list of lists whose elements the table leaves unstated may hold objects.
        if field.type == .array, let items = field.innermostItems, items.type != .object, items.type != .array { return nil }
        return objectValue(in: value)?.objectValue.map { Set($0.keys) }
    }

    /// An unstated (`-`) or bare `Array` type takes its shape from the example. An array the
    /// example shows as one object (DingTalk's `Object[]` shown as `{…}`) stays a list of such
    /// objects, with a warning: the page contradicts itself, and the SDKs side with the table.
    ///
    /// A map keeps its type, which an array cannot show (DingTalk's `Map<String, Array>` shown as
    /// the array of one key); where the example's values do not fit the type the table gives
    /// them, the values are any JSON value, which holds what the server was seen to send.
    private mutating func refineType(of field: inout Field, from value: JSONValue, line: Int) {
        switch value {
        case .array where field.type == .map:
            break
        case .object(let members) where field.type == .map:
            guard let values = field.items, !members.values.allSatisfy({ ExampleConformance.value($0, fits: values) }) else { break }
            field.items = nil
            diagnostics.append(
                Diagnostic(
                    .warning, .contradiction, file: file, line: line,
                    "\(section) field '\(field.name)' is a map of \(values.type.rawValue) values in the table, but the page's example gives it other values; its values are typed as any JSON value"
                ))
        case .array(let elements):
            if field.type != .array {
                field.type = .array
            }
            Self.stateElements(of: &field, asShown: elements)
        case .object where field.type == .array:
            // DingTalk's older pages show a list as its one element (`"list": {…}` for
            // `Object[]`); where the SDK has such a field, it is the table's list (quality
            // inspection's `citations`, the HR brain import's body).
            diagnostics.append(
                Diagnostic(
                    .warning, .contradiction, file: file, line: line,
                    "\(section) field '\(field.name)' is a list in the table but one object in the page's example; typed as the table says, a list of such objects"
                ))
        case .object:
            if field.type != .object && field.type != .map { field.type = .object }
        default:
            break
        }
    }
}

extension String {
    /// The last of the `_` words of a name of several (`talent_award_info`: `info`); `nil` for a
    /// name of one word.
    fileprivate var lastWord: Substring? {
        let words = split(separator: "_")
        return words.count > 1 ? words.last : nil
    }
}
