/// An api-version, ordered as a version rather than as text: `2024-08-01-preview` <
/// `2024-08-01` < `2025-01-01-preview`. The numeric release part (a date, or `7.4`) decides
/// first; at the same release, a suffix (`preview`, `beta.1`) ranks below none.
struct APIVersion: Comparable {
    /// `2024-08-01` → [2024, 8, 1]; empty when the version does not start with a number.
    let release: [Int]
    /// What follows the release (`preview`), nil when nothing does.
    let suffix: String?

    init(_ text: String) {
        var release: [Int] = []
        var rest = Substring(text)
        // Numbers separated by `-` or `.`; the first part that is no number starts the suffix.
        while let number = Int(rest.prefix(while: \.isNumber)) {
            release.append(number)
            rest = rest.drop(while: \.isNumber)
            guard rest.first == "-" || rest.first == "." else { break }
            rest = rest.dropFirst()
        }
        self.release = release
        suffix = rest.isEmpty ? nil : String(rest)
    }

    static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        if lhs.release != rhs.release { return lhs.release.lexicographicallyPrecedes(rhs.release) }
        switch (lhs.suffix, rhs.suffix) {
        case (let left?, let right?): return left < right
        case (_?, nil): return true
        default: return false
        }
    }
}
