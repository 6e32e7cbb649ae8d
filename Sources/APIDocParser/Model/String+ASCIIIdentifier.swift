extension StringProtocol {
    /// Whether the text is a name a program gives: an ASCII letter, then letters, digits and `_`
    /// (`batch_get`, `userId`); not a page id with a dash, a map's key (`FINST-966M`) or
    /// Chinese text (`人员`).
    var isASCIIIdentifier: Bool {
        guard let first = unicodeScalars.first, first.isASCIILetter else { return false }
        return unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }

    /// Whether the text can be a property's wire name: an identifier, after any leading `_`
    /// (`user_id`, `_id`; not `FINST-966M`).
    var isPropertyName: Bool {
        drop(while: { $0 == "_" }).isASCIIIdentifier
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
