import Foundation

extension JSONValue {
    /// Parses JSON text (any top-level value, scalars included), with the runtime's decoder.
    public static func parse(_ data: Data) throws -> JSONValue {
        try TreeJSONDecoder().decode(JSONValue.self, from: data)
    }
}
