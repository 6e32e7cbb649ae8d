/// How deep the model nests fields and example values.
///
/// Whatever walks the model recursively (the encoders behind `apidocgen dump`, the emitter's
/// view models, the templates) recurses as deep as the model nests, so a page must not be able
/// to make it nest without bound. Real pages nest fields at most 10 levels and JSON examples at
/// most 17 (every page of the corpus); the limit leaves room above both. Readers cut deeper
/// content off where they read it, with a diagnostic, and the emitter types a field at the limit
/// as a JSON value, which still carries whatever the server sends.
public enum NestingLimit {
    /// The most levels of fields below an endpoint's parameters, body or response, and of arrays
    /// and objects in a JSON example.
    public static let maximumDepth = 32
}
