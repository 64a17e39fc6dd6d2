import Foundation
import HTTPTypes

extension RequestBuilder {
    /// `x-ms-header-collection-prefix`: one header per entry, named the prefix and the key
    /// (`x-ms-meta-` + `color`), in key order. An entry whose name is not a valid field name is skipped.
    public mutating func setHeaders(prefix: String, _ values: [String: String]) {
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            setHeader(prefix + key, value)
        }
    }
}

extension ResponseDecoding {
    /// `x-ms-header-collection-prefix`: every header whose name starts with the prefix (in any
    /// case), by the rest of its name as received; none is the empty dictionary.
    public static func prefixedHeaders(_ prefix: String, in fields: HTTPFields) -> [String: String] {
        let lowered = prefix.lowercased()
        var collected: [String: String] = [:]
        for field in fields where field.name.rawName.lowercased().hasPrefix(lowered) {
            let key = String(field.name.rawName.dropFirst(prefix.count))
            guard !key.isEmpty else { continue }
            // A header sent twice is one value, comma-joined (RFC 9110 §5.3).
            collected[key] = collected[key].map { $0 + ", " + field.value } ?? field.value
        }
        return collected
    }
}
