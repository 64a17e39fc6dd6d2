import Foundation
import SpecGenCore
import SpecGenRuntime

/// Makes a value from a schema when no example fits: deterministic (the same schema always gives
/// the same value) and valid against it — the default when one is written, else the first enum
/// value, a string of the format or matching the pattern within the lengths, the smallest number
/// the bounds allow, every member of an object (read-only ones only in responses), a polymorphic
/// model as one of its concrete types with the discriminator set.
struct SchemaSampler: Sendable {
    let schemas: ContractSchemas
    let patterns: PatternCache

    /// What a value is made for: a request body leaves out read-only members.
    let direction: ContractValidator.Direction

    func sample(_ schema: Schema) -> JSONValue {
        var stack: [String] = []
        return sample(schema, stack: &stack)
    }

    private func sample(_ schema: Schema, stack: inout [String]) -> JSONValue {
        if let value = schemas.defaultValue(of: schema) { return value }
        if let enumeration = schemas.enumeration(of: schema), let first = enumeration.enumValues?.first {
            return ContractValidator.json(first)
        }
        switch schemas.type(of: schema) {
        case "string": return .string(string(schema))
        case "integer": return .integer(integer(schema))
        case "number": return .number(number(schema))
        case "boolean": return .bool(true)
        case "array":
            guard let items = schemas.items(of: schema) else { return .array([]) }
            let constraints = schemas.constraints(of: schema)
            let count = min(max(constraints.minItems ?? 1, 1), constraints.maxItems ?? .max)
            let identity = schemas.identity(of: items)
            // An array of the model being made (a tree) stays empty rather than recursing.
            if stack.contains(identity) && (constraints.minItems ?? 0) == 0 { return .array([]) }
            return .array((0..<count).map { _ in sample(items, stack: &stack) })
        case "file": return .string("")
        default: return object(schema, stack: &stack)
        }
    }

    // MARK: Objects

    private func object(_ schema: Schema, stack: inout [String]) -> JSONValue {
        let concrete = concreteType(schema)
        let shape = schemas.shape(of: concrete)
        let identity = schemas.identity(of: concrete)
        stack.append(identity)
        defer { stack.removeLast() }
        var members: [String: JSONValue] = [:]
        for property in shape.properties {
            if direction == .request && schemas.isReadOnly(property.schema) && !shape.required.contains(property.name) { continue }
            let target = schemas.identity(of: property.schema)
            let cyclic = stack.contains(target) || (schemas.items(of: property.schema).map { stack.contains(schemas.identity(of: $0)) } ?? false)
            if cyclic && !shape.required.contains(property.name) { continue }
            if cyclic && stack.count > 8 { continue }
            members[property.name] = sample(property.schema, stack: &stack)
        }
        if let discriminator = shape.discriminator, let value = schemas.discriminatorValue(of: concrete) {
            members[discriminator] = .string(value)
        }
        if shape.properties.isEmpty, case .schema(let boxed)? = shape.additionalProperties {
            members["key"] = sample(boxed.value, stack: &stack)
        }
        return .object(members)
    }

    /// For a discriminated base: the base when it names its own value (`x-ms-discriminator-value`),
    /// else its first subtype; any other schema is itself.
    private func concreteType(_ schema: Schema) -> Schema {
        guard schemas.shape(of: schema).discriminator != nil, schemas.resolved(schema).discriminatorValue == nil,
              let first = schemas.subtypes(of: schema).first else { return schema }
        return first.schema
    }

    // MARK: Scalars

    static let formatSamples: [String: String] = [
        "date-time": "2024-01-01T00:00:00Z", "date-time-rfc3339": "2024-01-01T00:00:00Z", "date": "2024-01-01",
        "time": "12:00:00", "date-time-rfc1123": "Mon, 01 Jan 2024 00:00:00 GMT", "date-time-rfc7231": "Mon, 01 Jan 2024 00:00:00 GMT",
        "uuid": "00000000-0000-0000-0000-000000000000", "byte": "c3RyaW5n", "base64url": "c3RyaW5n", "duration": "PT1H",
        "uri": "https://example.com", "url": "https://example.com", "uri-reference": "https://example.com", "email": "user@example.com",
        "arm-id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/example",
        "ipv4": "10.0.0.1", "ipv6": "::1", "hostname": "example.com",
    ]

    /// More values of the formats clients parse, tried in order when the first sample breaks a
    /// pattern or a length.
    static let typedFormatAlternatives: [String: [String]] = [
        "date": ["2024-01-01", "2024-12-31", "1970-01-01", "2000-02-29", "0001-01-01", "9999-12-31"],
        "duration": ["PT1H", "P1D", "PT1M", "PT1S", "PT30S", "P1DT1H", "P1Y", "P1M", "P1W", "PT0S", "PT0.5S", "P1Y1M1DT1H1M1S"],
        "date-time": ["2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00+00:00", "1970-01-01T00:00:00Z"],
        "date-time-rfc3339": ["2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00+00:00", "1970-01-01T00:00:00Z"],
    ]

    private func string(_ schema: Schema) -> String {
        let constraints = schemas.constraints(of: schema)
        let pattern = constraints.pattern.map { patterns.pattern($0.text) }
        // Never empty unless the contract says so: an empty path segment names nothing.
        let fits = { (text: String) -> Bool in
            let count = text.unicodeScalars.count
            return count >= max(constraints.minLength ?? 1, 1) && count <= (constraints.maxLength ?? .max) && (pattern?.matches(text) ?? true)
        }
        if let format = schemas.format(of: schema), let sample = Self.formatSamples[format] {
            if fits(sample) { return sample }
            // A client reads these formats into a type of its own (`Date`, `CivilDate`,
            // `ISO8601Duration`): text of another shape would fail it whatever the constraints say.
            if let alternatives = Self.typedFormatAlternatives[format] { return alternatives.first(where: fits) ?? sample }
        }
        if let source = constraints.pattern?.text {
            for extra in 0...max(16, constraints.minLength ?? 0) {
                guard let candidate = PatternSample.sample(source, extra: extra) else { break }
                if fits(candidate) { return candidate }
                if candidate.unicodeScalars.count > (constraints.maxLength ?? .max) { break }
            }
            for candidate in ["string", "example", "a", "A", "0", "1", "a1", "example-1", "Example1"] where fits(candidate) { return candidate }
        }
        var text = "string"
        if let minimum = constraints.minLength, text.count < minimum { text += String(repeating: "x", count: minimum - text.count) }
        if let maximum = constraints.maxLength, text.count > maximum { text = String(text.prefix(maximum)) }
        return text
    }

    private func integer(_ schema: Schema) -> Int64 {
        if schemas.format(of: schema) == "unixtime" { return 1_704_067_200 }
        let constraints = schemas.constraints(of: schema)
        var value: Int64 = 0
        if let low = constraints.minimum.flatMap({ Self.integerBound($0, rounding: .up) }) {
            value = max(value, constraints.exclusiveMinimum ? low + 1 : low)
        }
        if let step = constraints.multipleOf.flatMap({ Int64($0) }), step > 0, value % step != 0 {
            value += step - ((value % step) + step) % step
        }
        if let high = constraints.maximum.flatMap({ Self.integerBound($0, rounding: .down) }) {
            value = min(value, constraints.exclusiveMaximum ? high - 1 : high)
        }
        return value
    }

    private func number(_ schema: Schema) -> Double {
        let constraints = schemas.constraints(of: schema)
        var value = 0.0
        if let low = constraints.minimum.flatMap(Double.init) { value = max(value, constraints.exclusiveMinimum ? low + 1 : low) }
        if let high = constraints.maximum.flatMap(Double.init) {
            value = min(value, constraints.exclusiveMaximum ? high - 1 : high)
        }
        return value
    }

    /// An integer bound written as `10` or `10.0`; a fractional one rounds inwards (up for a
    /// minimum, down for a maximum).
    private static func integerBound(_ text: String, rounding: FloatingPointRoundingRule) -> Int64? {
        if let value = Int64(text) { return value }
        return Double(text).map { Int64($0.rounded(rounding)) }
    }
}
