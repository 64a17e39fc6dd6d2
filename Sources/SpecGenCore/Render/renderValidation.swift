/// Constraint checks, shared by request builders (parameters) and models (body properties).
extension ModuleRenderer {
    /// Writes the checks for one value. `path` is a Swift expression giving the reported name
    /// (relative to the model being checked: `.name`, `.items[2]`); `depth` keeps the names of
    /// nested bindings apart.
    func writeValidation(
        _ writer: inout CodeWriter, value: String, type: SwiftType, isOptional: Bool,
        constraints: Constraints, elementConstraints: Constraints?, path: String, secret: Bool, depth: Int,
        nonEmpty: Bool = false
    ) {
        guard validationNeeded(type: type, constraints: constraints, elementConstraints: elementConstraints) else { return }
        if isOptional {
            let binding = "value\(depth)"
            writer.block("if let \(binding) = \(value)") { writer in
                writeValidation(&writer, value: binding, type: type, isOptional: false, constraints: constraints,
                                elementConstraints: elementConstraints, path: path, secret: secret, depth: depth + 1, nonEmpty: nonEmpty)
            }
            return
        }
        let operation = "operation: operation"
        let redaction = secret ? ", secret: true" : ""
        let base = underlying(type)
        switch base {
        case .string:
            // One call with every rule of the value, instead of repeating the value, the parameter
            // and the operation in one call per rule.
            var rules: [String] = []
            if nonEmpty { rules.append("notEmpty: true") }
            if let bound = constraints.minLength { rules.append("minLength: \(bound)") }
            if let bound = constraints.maxLength { rules.append("maxLength: \(bound)") }
            if let pattern = constraints.patternName { rules.append("pattern: ValidationPatterns.\(Naming.escaped(pattern))") }
            if constraints.isUUID { rules.append("uuid: true") }
            writer.line("try Validate.string(\(value), \(rules.joined(separator: ", ")), parameter: \(path), \(operation)\(redaction))")
        case .int, .int32, .int64, .double, .float:
            let isInteger = base != .double && base != .float
            if let bound = constraints.minimum, let literal = numericLiteral(bound, integer: isInteger) {
                writer.line("try Validate.minimum(\(value), \(literal), exclusive: \(constraints.exclusiveMinimum), parameter: \(path), \(operation))")
            }
            if let bound = constraints.maximum, let literal = numericLiteral(bound, integer: isInteger) {
                writer.line("try Validate.maximum(\(value), \(literal), exclusive: \(constraints.exclusiveMaximum), parameter: \(path), \(operation))")
            }
        case .array(let element):
            if let bound = constraints.minItems {
                writer.line("try Validate.minItems(\(value), \(bound), parameter: \(path), \(operation))")
            }
            if let bound = constraints.maxItems {
                writer.line("try Validate.maxItems(\(value), \(bound), parameter: \(path), \(operation))")
            }
            let inner = elementConstraints ?? Constraints()
            if validationNeeded(type: element, constraints: inner, elementConstraints: nil) {
                let index = "index\(depth)", item = "item\(depth)"
                writer.block("for (\(index), \(item)) in \(value).enumerated()") { writer in
                    writeValidation(&writer, value: item, type: element, isOptional: false, constraints: inner, elementConstraints: nil,
                                    path: "\(path) + \"[\\(\(index))]\"", secret: secret, depth: depth + 1)
                }
            }
        case .dictionary(let element):
            let inner = elementConstraints ?? Constraints()
            if validationNeeded(type: element, constraints: inner, elementConstraints: nil) {
                let key = "key\(depth)", item = "item\(depth)"
                writer.block("for (\(key), \(item)) in \(value).sorted(by: { $0.key < $1.key })") { writer in
                    writeValidation(&writer, value: item, type: element, isOptional: false, constraints: inner, elementConstraints: nil,
                                    path: "\(path) + \".\" + \(key)", secret: secret, depth: depth + 1)
                }
            }
        case .named(_, .model):
            // Every model has `validate` (ContractValidatable); those without constraints inherit a no-op.
            writer.line("try Validate.member(\(value), \(path), \(operation))")
        default:
            break
        }
    }

    func validationNeeded(type: SwiftType, constraints: Constraints, elementConstraints: Constraints?) -> Bool {
        guard module.validation else { return false }
        switch underlying(type) {
        case .string:
            return constraints.minLength != nil || constraints.maxLength != nil || constraints.patternName != nil || constraints.isUUID
        case .int, .int32, .int64, .double, .float:
            return constraints.minimum != nil || constraints.maximum != nil
        case .array(let element):
            return constraints.minItems != nil || constraints.maxItems != nil
                || validationNeeded(type: element, constraints: elementConstraints ?? Constraints(), elementConstraints: nil)
        case .dictionary(let element):
            return validationNeeded(type: element, constraints: elementConstraints ?? Constraints(), elementConstraints: nil)
        case .named(_, .model):
            return true
        default:
            return false
        }
    }

    /// The bound as a literal of the value's type; nil for a fractional bound on an integer.
    private func numericLiteral(_ bound: String, integer: Bool) -> String? {
        guard let number = Double(bound) else { return nil }
        if integer {
            guard number == number.rounded(), abs(number) < 9.2e18 else { return nil }
            return String(Int64(number))
        }
        return bound.contains(".") || bound.contains("e") || bound.contains("E") ? bound : bound + ".0"
    }
}
