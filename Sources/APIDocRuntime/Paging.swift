/// The pages of a paged listing (`page_token`/`has_more` on Feishu, `nextToken` on DingTalk),
/// fetched one at a time as they are iterated; it ends after the last page.
///
/// ```swift
/// for try await record in dingtalk.contact.v1.listEmpLeaveRecordsItems(query: .init(maxResults: 50)) { … }
/// ```
public struct PageSequence<Page: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page

    let firstToken: String?
    let fetch: @Sendable (String?) async throws -> Page
    let nextToken: @Sendable (Page) -> String?

    /// - Parameters:
    ///   - firstToken: Where to start; `nil` for the first page.
    ///   - fetch: Fetches the page a token names.
    ///   - nextToken: The token of the page after, or `nil` after the last one.
    public init(
        firstToken: String?, fetch: @escaping @Sendable (String?) async throws -> Page,
        nextToken: @escaping @Sendable (Page) -> String?
    ) {
        self.firstToken = firstToken
        self.fetch = fetch
        self.nextToken = nextToken
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let sequence: PageSequence
        var token: String?
        var finished = false
        var seen: Set<String> = []

        public mutating func next() async throws -> Page? {
            guard !finished else { return nil }
            let page = try await sequence.fetch(token)
            let next = sequence.nextToken(page).flatMap { $0.isEmpty ? nil : $0 }
            if let next, !seen.insert(next).inserted {
                finished = true
                throw ClientError.pagingDidNotAdvance(token: next)
            }
            token = next
            finished = next == nil
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(sequence: self, token: firstToken)
    }

    /// The items of every page, in order.
    public func items<Item: Sendable>(_ extract: @escaping @Sendable (Page) -> [Item]) -> PageItems<Page, Item> {
        PageItems(pages: self, extract: extract)
    }
}

/// The items of a `PageSequence`, one at a time.
public struct PageItems<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let pages: PageSequence<Page>
    let extract: @Sendable (Page) -> [Item]

    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: PageSequence<Page>.AsyncIterator
        let extract: @Sendable (Page) -> [Item]
        var buffer: [Item] = []

        public mutating func next() async throws -> Item? {
            while buffer.isEmpty {
                guard let page = try await pages.next() else { return nil }
                buffer = extract(page).reversed()
            }
            return buffer.popLast()
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), extract: extract)
    }
}
