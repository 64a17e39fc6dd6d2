import Foundation

/// The JSON encoder and decoder every generated type is read and written with.
public enum JSONCoding {
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\"\(text)\" is not an RFC 3339 date-time")
            }
            return date
        }
        return decoder
    }

    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.format(date))
        }
        return encoder
    }

    /// Decodes with `TreeJSONDecoder`: the semantics of `makeDecoder()`, read from a compact parse tree.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try TreeJSONDecoder().decode(type, from: data)
    }

    /// Encodes with `StreamingJSONEncoder`: the same JSON as `makeEncoder()` gives, written directly.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try StreamingJSONEncoder().encode(value)
    }

    /// A request body: as `encode`, without the members the contract marks read-only.
    public static func encodeRequestBody<T: Encodable>(_ value: T) throws -> Data {
        try StreamingJSONEncoder(isRequestBody: true).encode(value)
    }
}
