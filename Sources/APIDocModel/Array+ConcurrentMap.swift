import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores, the results in the elements' order.
    ///
    /// Pages are independent of each other, so reading and generating them is what spreads over
    /// cores; `transform` must not depend on the order it runs in.
    package func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.base.advanced(by: index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}

/// The result buffer, shared by iterations that each write one slot of their own.
private struct Slots<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>
}
