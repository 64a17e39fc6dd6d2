import Foundation

/// The constraint checks generated request builders call, with JSON Schema (draft 4) semantics:
/// lengths count Unicode code points, bounds are inclusive unless marked exclusive.
public enum Validate {
    public static func minLength(_ value: String, _ bound: Int, parameter: String, operation: String, secret: Bool = false) throws {
        // A code point takes 1 to 4 UTF-8 bytes, and the byte count is known without a pass.
        if value.utf8.count / 4 >= bound { return }
        if value.unicodeScalars.count < bound {
            throw ValidationError(parameter: parameter, rule: .minLength(bound), value: shown(value, secret), operation: operation)
        }
    }

    public static func maxLength(_ value: String, _ bound: Int, parameter: String, operation: String, secret: Bool = false) throws {
        if value.utf8.count <= bound { return }
        if value.unicodeScalars.count > bound {
            throw ValidationError(parameter: parameter, rule: .maxLength(bound), value: shown(value, secret), operation: operation)
        }
    }

    public static func pattern(_ value: String, _ pattern: ValidationPattern, parameter: String, operation: String, secret: Bool = false) throws {
        if !pattern.matches(value) {
            throw ValidationError(parameter: parameter, rule: .pattern(pattern.source), value: shown(value, secret), operation: operation)
        }
    }

    public static func minimum<Value: Comparable & CustomStringConvertible>(
        _ value: Value, _ bound: Value, exclusive: Bool = false, parameter: String, operation: String
    ) throws {
        if exclusive ? value <= bound : value < bound {
            throw ValidationError(parameter: parameter, rule: .minimum(bound.description, exclusive: exclusive), value: value.description, operation: operation)
        }
    }

    public static func maximum<Value: Comparable & CustomStringConvertible>(
        _ value: Value, _ bound: Value, exclusive: Bool = false, parameter: String, operation: String
    ) throws {
        if exclusive ? value >= bound : value > bound {
            throw ValidationError(parameter: parameter, rule: .maximum(bound.description, exclusive: exclusive), value: value.description, operation: operation)
        }
    }

    public static func minItems<Element>(_ value: [Element], _ bound: Int, parameter: String, operation: String) throws {
        if value.count < bound {
            throw ValidationError(parameter: parameter, rule: .minItems(bound), value: "\(value.count) items", operation: operation)
        }
    }

    public static func maxItems<Element>(_ value: [Element], _ bound: Int, parameter: String, operation: String) throws {
        if value.count > bound {
            throw ValidationError(parameter: parameter, rule: .maxItems(bound), value: "\(value.count) items", operation: operation)
        }
    }

    /// `multipleOf` with an integer factor on an integer value: a remainder of 0.
    public static func multipleOf<Value: BinaryInteger>(_ value: Value, _ factor: Value, parameter: String, operation: String) throws {
        if value % factor != 0 {
            throw ValidationError(parameter: parameter, rule: .multipleOf(factor.description), value: value.description, operation: operation)
        }
    }

    /// `multipleOf` in decimal arithmetic, as JSON Schema means it: the value as it prints (`0.3`,
    /// not the binary fraction nearest to it) divided by the factor as written is a whole number.
    public static func multipleOf(_ value: some CustomStringConvertible, decimal factor: String, parameter: String, operation: String) throws {
        let text = value.description
        guard let number = Decimal(string: text), let divisor = Decimal(string: factor), divisor > 0 else {
            throw ValidationError(parameter: parameter, rule: .multipleOf(factor), value: text, operation: operation)
        }
        var quotient = number / divisor, whole = Decimal()
        NSDecimalRound(&whole, &quotient, 0, .plain)
        if whole != quotient || quotient.isNaN {
            throw ValidationError(parameter: parameter, rule: .multipleOf(factor), value: text, operation: operation)
        }
    }

    /// `uniqueItems`: no two items are equal; the value names the first pair found.
    public static func uniqueItems<Element: Hashable>(_ value: [Element], parameter: String, operation: String) throws {
        var seen: [Element: Int] = [:]
        for (index, item) in value.enumerated() {
            if let earlier = seen.updateValue(index, forKey: item) {
                throw ValidationError(parameter: parameter, rule: .uniqueItems, value: "items \(earlier) and \(index) are equal", operation: operation)
            }
        }
    }

    /// Every rule a string value has, in one call (generated code would otherwise repeat the value,
    /// the parameter and the operation for each). Rules are checked in this order; the first one
    /// broken is thrown. The flags are `Bool?` (nil is false) because a default other than `nil`
    /// is compiled, as a function, into every calling file (204 in PostgreSQL's module).
    public static func string(
        _ value: String, notEmpty: Bool? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        pattern: ValidationPattern? = nil, uuid: Bool? = nil, parameter: String, operation: String, secret: Bool? = nil
    ) throws {
        let secret = secret ?? false
        if notEmpty == true { try self.notEmpty(value, parameter: parameter, operation: operation) }
        if let minLength { try self.minLength(value, minLength, parameter: parameter, operation: operation, secret: secret) }
        if let maxLength { try self.maxLength(value, maxLength, parameter: parameter, operation: operation, secret: secret) }
        if let pattern { try self.pattern(value, pattern, parameter: parameter, operation: operation, secret: secret) }
        if uuid == true { try self.uuid(value, parameter: parameter, operation: operation) }
    }

    /// A model held under `name` (a parameter, `.member`, `.items[2]`): its own checks, with `name`
    /// put in front of the place a failure names. Building that path only when a check fails keeps
    /// validation of valid values free of string work.
    public static func member(_ value: some ContractValidatable, _ name: String, operation: String) throws {
        do {
            try value.validate(operation: operation)
        } catch let error as ValidationError {
            throw ValidationError(parameter: name + error.parameter, rule: error.rule, value: error.value, operation: error.operation)
        }
    }

    /// `format: uuid`: 8-4-4-4-12 hexadecimal digits, either case.
    public static func uuid(_ value: String, parameter: String, operation: String) throws {
        if !isUUID(value) {
            throw ValidationError(parameter: parameter, rule: .uuid, value: value, operation: operation)
        }
    }

    /// A required path parameter must not be empty, or the URL would lose a segment; nor be, or
    /// contain, a `.` or `..` segment (`pathSegment`). Generated code calls this for every string
    /// path parameter, client-side validation on or off.
    public static func notEmpty(_ value: String, parameter: String, operation: String) throws {
        if value.isEmpty {
            throw ValidationError(parameter: parameter, rule: .notEmpty, value: value, operation: operation)
        }
        if DotSegments.contains(value) {
            throw ValidationError(parameter: parameter, rule: .dotSegment, value: value, operation: operation)
        }
    }

    /// A path parameter of any type (an extensible enum, say) must give a non-empty segment that is
    /// not `.` or `..` and, inserted verbatim (`x-ms-skip-url-encoding`), contains none: URL
    /// normalisers would drop it with the segment before, and the request would name another resource.
    public static func pathSegment(_ value: some RequestParameterValue, parameter: String, operation: String) throws {
        try notEmpty(value.parameterText, parameter: parameter, operation: operation)
    }

    static func isUUID(_ value: String) -> Bool {
        var count = 0
        for byte in value.utf8 {
            switch count {
            case 8, 13, 18, 23:
                guard byte == UInt8(ascii: "-") else { return false }
            default:
                let isHex = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102)
                guard isHex else { return false }
            }
            count += 1
        }
        return count == 36
    }

    private static func shown(_ value: String, _ secret: Bool) -> String {
        secret ? ValidationError.redacted : value
    }
}
