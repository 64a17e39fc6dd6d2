import Foundation
import SpecGenCore
import SpecGenRuntime

/// Contract patterns compiled once each (`ValidationPattern`, the runtime's ECMA-262 matcher, so
/// the mock and generated code agree on what matches).
final class PatternCache: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: ValidationPattern] = [:]

    func pattern(_ source: String) -> ValidationPattern {
        lock.withLock {
            if let found = compiled[source] { return found }
            let pattern = ValidationPattern(source)
            compiled[source] = pattern
            return pattern
        }
    }
}

/// Checks JSON values (bodies, and parameters read as JSON) against contract schemas: types,
/// formats, enums, bounds, patterns, required members, nested models, polymorphic models by
/// their discriminator. String and number bounds go through the runtime's `Validate`, so a value
/// the generated client refuses is the value the mock refuses, in the same words.
struct ContractValidator: Sendable {
    /// Requests do not have to send read-only members, even required ones; responses do.
    enum Direction: Sendable { case request, response }

    let schemas: ContractSchemas
    let patterns: PatternCache

    func violations(of value: JSONValue, against schema: Schema, direction: Direction, part: ContractViolation.Part = .body) -> [ContractViolation] {
        var found: [(pointer: String, rule: String)] = []
        check(value, schema, at: "", direction: direction, depth: 0, into: &found)
        return found.map { ContractViolation(part: part, pointer: $0.pointer, rule: $0.rule) }
    }

    // MARK: Values

    private func check(_ value: JSONValue, _ schema: Schema, at pointer: String, direction: Direction, depth: Int,
                       into found: inout [(pointer: String, rule: String)]) {
        guard depth < 64 else { return }
        let type = schemas.type(of: schema)
        if value == .null {
            if let type, !schemas.isNullable(schema) { found.append((pointer, "must be \(type), found null")) }
            return
        }
        switch type {
        case "string":
            guard case .string(let text) = value else { return found.append((pointer, Self.mismatch("string", value))) }
            checkString(text, schema, at: pointer, into: &found)
        case "integer":
            guard let number = Self.integer(value) else { return found.append((pointer, Self.mismatch("integer", value))) }
            checkInteger(number, schema, at: pointer, into: &found)
        case "number":
            guard let number = Self.number(value) else { return found.append((pointer, Self.mismatch("number", value))) }
            checkNumber(number, schema, at: pointer, into: &found)
        case "boolean":
            guard case .bool = value else { return found.append((pointer, Self.mismatch("boolean", value))) }
        case "array":
            guard case .array(let items) = value else { return found.append((pointer, Self.mismatch("array", value))) }
            checkArray(items, schema, at: pointer, direction: direction, depth: depth, into: &found)
        case "object":
            guard case .object(let members) = value else { return found.append((pointer, Self.mismatch("object", value))) }
            checkObject(members, schema, at: pointer, direction: direction, depth: depth, into: &found)
        case "file":
            return
        default:
            // No type: what is written still applies (members of an object, an enum).
            if case .object(let members) = value { checkObject(members, schema, at: pointer, direction: direction, depth: depth, into: &found) }
        }
        checkEnum(value, schema, at: pointer, into: &found)
    }

    private func checkString(_ text: String, _ schema: Schema, at pointer: String, into found: inout [(pointer: String, rule: String)]) {
        let constraints = schemas.constraints(of: schema)
        let format = schemas.format(of: schema)
        do {
            try Validate.string(text, minLength: constraints.minLength, maxLength: constraints.maxLength,
                                pattern: constraints.pattern.map { patterns.pattern($0.text) }, uuid: format == "uuid",
                                parameter: "", operation: "")
        } catch let error as ValidationError {
            found.append((pointer, Self.rule(error)))
        } catch {}
        if let format, let shape = Self.formatPatterns[format], !patterns.pattern(shape).matches(text) {
            found.append((pointer, "\(Self.quoted(text)) is not a \(format) value"))
        }
        if let format, let read = Self.formatReaders[format], !read(text) {
            found.append((pointer, "\(Self.quoted(text)) is not a \(format) value"))
        }
    }

    private func checkInteger(_ number: Int64, _ schema: Schema, at pointer: String, into found: inout [(pointer: String, rule: String)]) {
        if schemas.format(of: schema) == "int32", number < Int64(Int32.min) || number > Int64(Int32.max) {
            found.append((pointer, "\(number) is outside the int32 range"))
        }
        let constraints = schemas.constraints(of: schema)
        do {
            if let text = constraints.minimum {
                if let bound = Int64(text) {
                    try Validate.minimum(number, bound, exclusive: constraints.exclusiveMinimum, parameter: "", operation: "")
                } else if let bound = Double(text) {
                    try Validate.minimum(Double(number), bound, exclusive: constraints.exclusiveMinimum, parameter: "", operation: "")
                }
            }
            if let text = constraints.maximum {
                if let bound = Int64(text) {
                    try Validate.maximum(number, bound, exclusive: constraints.exclusiveMaximum, parameter: "", operation: "")
                } else if let bound = Double(text) {
                    try Validate.maximum(Double(number), bound, exclusive: constraints.exclusiveMaximum, parameter: "", operation: "")
                }
            }
            if let factor = constraints.multipleOf {
                try Validate.multipleOf(number, decimal: factor, parameter: "", operation: "")
            }
        } catch let error as ValidationError {
            found.append((pointer, Self.rule(error)))
        } catch {}
    }

    private func checkNumber(_ number: Double, _ schema: Schema, at pointer: String, into found: inout [(pointer: String, rule: String)]) {
        let constraints = schemas.constraints(of: schema)
        do {
            if let bound = constraints.minimum.flatMap(Double.init) {
                try Validate.minimum(number, bound, exclusive: constraints.exclusiveMinimum, parameter: "", operation: "")
            }
            if let bound = constraints.maximum.flatMap(Double.init) {
                try Validate.maximum(number, bound, exclusive: constraints.exclusiveMaximum, parameter: "", operation: "")
            }
            if let factor = constraints.multipleOf {
                try Validate.multipleOf(number, decimal: factor, parameter: "", operation: "")
            }
        } catch let error as ValidationError {
            found.append((pointer, Self.rule(error)))
        } catch {}
    }

    private func checkArray(_ items: [JSONValue], _ schema: Schema, at pointer: String, direction: Direction, depth: Int,
                            into found: inout [(pointer: String, rule: String)]) {
        let constraints = schemas.constraints(of: schema)
        do {
            if let bound = constraints.minItems { try Validate.minItems(items, bound, parameter: "", operation: "") }
            if let bound = constraints.maxItems { try Validate.maxItems(items, bound, parameter: "", operation: "") }
            if constraints.uniqueItems == true { try Validate.uniqueItems(items, parameter: "", operation: "") }
        } catch let error as ValidationError {
            found.append((pointer, Self.rule(error)))
        } catch {}
        guard let itemSchema = schemas.items(of: schema) else { return }
        for (index, item) in items.enumerated() {
            check(item, itemSchema, at: pointer + "/\(index)", direction: direction, depth: depth + 1, into: &found)
        }
    }

    private func checkObject(_ members: [String: JSONValue], _ schema: Schema, at pointer: String, direction: Direction, depth: Int,
                             into found: inout [(pointer: String, rule: String)]) {
        let shape = schemas.shape(of: schema)
        if let discriminator = shape.discriminator {
            // A value naming a subtype is that subtype; any other is read as the base, as generated
            // code reads it (Azure's discriminators are extensible).
            if case .string(let value)? = members[discriminator], let subtype = schemas.polymorphicSchema(for: value, base: schema),
               schemas.identity(of: subtype) != schemas.identity(of: schema) {
                return check(.object(members), subtype, at: pointer, direction: direction, depth: depth + 1, into: &found)
            }
            if members[discriminator] == nil, !shape.required.contains(discriminator) {
                found.append((ContractViolation.pointer(pointer, discriminator), "is required (the discriminator)"))
            }
        }
        for property in shape.properties {
            let place = ContractViolation.pointer(pointer, property.name)
            // `null` for an optional member is the member left out, as generated code decodes it.
            let given = members[property.name].flatMap { $0 == .null && !shape.required.contains(property.name) ? nil : $0 }
            guard let value = given else {
                let readOnlyExempt = direction == .request && schemas.isReadOnly(property.schema)
                if shape.required.contains(property.name) && !readOnlyExempt { found.append((place, "is required")) }
                continue
            }
            check(value, property.schema, at: place, direction: direction, depth: depth + 1, into: &found)
        }
        // Required names the schema does not declare as properties.
        for name in shape.required.sorted() where members[name] == nil && shape.property(name) == nil {
            found.append((ContractViolation.pointer(pointer, name), "is required"))
        }
        let declared = Set(shape.properties.map(\.name))
        for name in members.keys.sorted() where !declared.contains(name) {
            switch shape.additionalProperties {
            case .schema(let boxed)?:
                check(members[name]!, boxed.value, at: ContractViolation.pointer(pointer, name), direction: direction, depth: depth + 1, into: &found)
            case .allowed(false)?:
                found.append((ContractViolation.pointer(pointer, name), "is not declared by the contract (additionalProperties: false)"))
            default:
                continue
            }
        }
    }

    /// Closed enums only (`x-ms-enum` with `modelAsString: false`): an open one takes values it does
    /// not list, as the generated code (an extensible enum) does — the rule is `Schema.isOpenEnum`.
    private func checkEnum(_ value: JSONValue, _ schema: Schema, at pointer: String, into found: inout [(pointer: String, rule: String)]) {
        guard let enumeration = schemas.enumeration(of: schema), let values = enumeration.enumValues, !values.isEmpty,
              !enumeration.isOpenEnum else { return }
        let allowed = values.map(Self.json)
        if !allowed.contains(value) && !(Self.number(value).map { number in allowed.contains { Self.number($0) == number } } ?? false) {
            found.append((pointer, "\(Self.text(value)) is not one of \(values.map(\.text).joined(separator: ", "))"))
        }
    }

    // MARK: Helpers

    /// String formats checked by their shape (uuid is checked by `Validate.string`).
    static let formatPatterns: [String: String] = [
        "date-time": #"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$"#,
    ]

    /// String formats checked by reading them as the generated client does: a day that exists
    /// (`2024-02-30` is not one), an ISO 8601 duration.
    static let formatReaders: [String: @Sendable (String) -> Bool] = [
        "date": { CivilDate($0) != nil },
        "duration": { ISO8601Duration($0) != nil },
    ]

    /// The words of a runtime `ValidationError` after the value's place (`"ab" is shorter than the minimum length 3`).
    static func rule(_ error: ValidationError) -> String {
        var text = error.description
        if text.hasPrefix(error.parameter + " ") { text.removeFirst(error.parameter.count + 1) }
        let suffix = " (\(error.operation))"
        if text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }

    static func mismatch(_ expected: String, _ value: JSONValue) -> String {
        "must be \(expected), found \(kind(of: value))"
    }

    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    static func integer(_ value: JSONValue) -> Int64? {
        switch value {
        case .integer(let number): return number
        case .number(let number) where number.rounded() == number && abs(number) < 9.2e18: return Int64(number)
        default: return nil
        }
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }

    static func json(_ scalar: ContractScalar) -> JSONValue {
        switch scalar.kind {
        case .string: return .string(scalar.text)
        case .integer: return Int64(scalar.text).map(JSONValue.integer) ?? .string(scalar.text)
        case .number: return Double(scalar.text).map(JSONValue.number) ?? .string(scalar.text)
        case .boolean: return .bool(scalar.text == "true")
        case .null: return .null
        }
    }

    static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return quoted(text)
        default: return (try? String(decoding: JSONCoding.encode(value), as: UTF8.self)) ?? "\(value)"
        }
    }

    static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
