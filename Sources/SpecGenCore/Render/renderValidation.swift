/// Prints the checks lowering decided, shared by request builders (parameters) and models (body properties).
extension ModuleRenderer {
    /// Writes the checks for one value. `path` is a Swift expression giving the reported name
    /// (relative to the model being checked: `.name`, `.items[2]`); `depth` keeps the names of
    /// nested bindings apart.
    func writeValidation(
        _ writer: inout CodeWriter, value: String, check: ValueCheck, isOptional: Bool, path: String, secret: Bool, depth: Int
    ) {
        if isOptional {
            let binding = "value\(depth)"
            writer.block("if let \(binding) = \(value)") { writer in
                writeValidation(&writer, value: binding, check: check, isOptional: false, path: path, secret: secret, depth: depth + 1)
            }
            return
        }
        let operation = "operation: operation"
        switch check {
        case .string(let rules) where rules == ValueCheck.StringRules(notEmpty: true):
            writer.line("try Validate.notEmpty(\(value), parameter: \(path), \(operation))")
        case .string(let rules):
            // One call with every rule of the value, instead of repeating the value, the parameter
            // and the operation in one call per rule.
            var arguments: [String] = []
            if rules.notEmpty { arguments.append("notEmpty: true") }
            if let bound = rules.minLength { arguments.append("minLength: \(bound)") }
            if let bound = rules.maxLength { arguments.append("maxLength: \(bound)") }
            if let pattern = rules.patternName { arguments.append("pattern: ValidationPatterns.\(Naming.escaped(pattern))") }
            if rules.uuid { arguments.append("uuid: true") }
            writer.line("try Validate.string(\(value), \(arguments.joined(separator: ", ")), parameter: \(path), \(operation)\(secret ? ", secret: true" : ""))")
        case .number(let minimum, let maximum, let factor):
            if let minimum {
                writer.line("try Validate.minimum(\(value), \(minimum.literal), exclusive: \(minimum.exclusive), parameter: \(path), \(operation))")
            }
            if let maximum {
                writer.line("try Validate.maximum(\(value), \(maximum.literal), exclusive: \(maximum.exclusive), parameter: \(path), \(operation))")
            }
            switch factor {
            case .integer(let literal)?:
                writer.line("try Validate.multipleOf(\(value), \(literal), parameter: \(path), \(operation))")
            case .decimal(let text)?:
                writer.line("try Validate.multipleOf(\(value), decimal: \(CodeWriter.literal(text)), parameter: \(path), \(operation))")
            case nil:
                break
            }
        case .array(let minItems, let maxItems, let unique, let element):
            if let bound = minItems {
                writer.line("try Validate.minItems(\(value), \(bound), parameter: \(path), \(operation))")
            }
            if let bound = maxItems {
                writer.line("try Validate.maxItems(\(value), \(bound), parameter: \(path), \(operation))")
            }
            if unique {
                writer.line("try Validate.uniqueItems(\(value), parameter: \(path), \(operation))")
            }
            if let element {
                let index = "index\(depth)", item = "item\(depth)"
                writer.block("for (\(index), \(item)) in \(value).enumerated()") { writer in
                    writeValidation(&writer, value: item, check: element, isOptional: false,
                                    path: "\(path) + \"[\\(\(index))]\"", secret: secret, depth: depth + 1)
                }
            }
        case .dictionary(let valueCheck):
            let key = "key\(depth)", item = "item\(depth)"
            writer.block("for (\(key), \(item)) in \(value).sorted(by: { $0.key < $1.key })") { writer in
                writeValidation(&writer, value: item, check: valueCheck, isOptional: false,
                                path: "\(path) + \".\" + \(key)", secret: secret, depth: depth + 1)
            }
        case .model:
            // Every model has `validate` (ContractValidatable); those without constraints inherit a no-op.
            writer.line("try Validate.member(\(value), \(path), \(operation))")
        }
    }
}
