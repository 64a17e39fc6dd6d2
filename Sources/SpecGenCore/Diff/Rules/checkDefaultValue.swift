import Foundation
import SpecGenValues

extension ContractComparer {
    /// 1027 DefaultValueChanged: the service assumes another value when the client sends none.
    mutating func checkDefaultValue(_ schema: Compared<Schema>) {
        let value = schema.map(\.defaultValue)
        if value.old != value.new {
            report(.defaultValueChanged, schema.location, Self.changed("default", value.map { $0.map(Self.text) }))
        }
    }

    /// A default as the contract writes it: scalars bare, lists and objects as JSON.
    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .string(let text): return text
        case .array, .object:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
        }
    }
}
