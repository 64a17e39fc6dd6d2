import Foundation

/// The constraint checks generated request builders call, with JSON Schema (draft 4) semantics:
/// lengths count Unicode code points, bounds are inclusive unless marked exclusive.
public enum Validate {
    public static func minLength(_ value: String, _ bound: Int, parameter: String, operation: String, secret: Bool = false) throws {
        if value.unicodeScalars.count < bound {
            throw ValidationError(parameter: parameter, rule: .minLength(bound), value: shown(value, secret), operation: operation)
        }
    }

    public static func maxLength(_ value: String, _ bound: Int, parameter: String, operation: String, secret: Bool = false) throws {
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

    /// `format: uuid`: 8-4-4-4-12 hexadecimal digits, either case.
    public static func uuid(_ value: String, parameter: String, operation: String) throws {
        if UUID(uuidString: value) == nil {
            throw ValidationError(parameter: parameter, rule: .uuid, value: value, operation: operation)
        }
    }

    /// A required path parameter must not be empty, or the URL would lose a segment.
    public static func notEmpty(_ value: String, parameter: String, operation: String) throws {
        if value.isEmpty {
            throw ValidationError(parameter: parameter, rule: .notEmpty, value: value, operation: operation)
        }
    }

    private static func shown(_ value: String, _ secret: Bool) -> String {
        secret ? ValidationError.redacted : value
    }
}
