/// A parameter or body property broke a constraint of the contract; thrown before anything is sent.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Rule: Hashable, Sendable {
        case minLength(Int)
        case maxLength(Int)
        case pattern(String)
        case minimum(String, exclusive: Bool)
        case maximum(String, exclusive: Bool)
        case minItems(Int)
        case maxItems(Int)
        /// `multipleOf`, as written.
        case multipleOf(String)
        /// `uniqueItems`: two items are equal.
        case uniqueItems
        case uuid
        case notEmpty
        /// A path parameter that is, or contains, a `.` or `..` segment.
        case dotSegment
    }

    /// The wire name of the parameter, or a dotted path into the body (`parameters.backupSettings.backupName`).
    public let parameter: String
    public let rule: Rule
    /// The offending value as text; `<redacted>` for secrets.
    public let value: String
    /// The operationId whose request was being built.
    public let operation: String

    public init(parameter: String, rule: Rule, value: String, operation: String) {
        self.parameter = parameter
        self.rule = rule
        self.value = value
        self.operation = operation
    }

    public var description: String {
        let shown = value == ValidationError.redacted ? value : "\"\(value)\""
        let problem: String
        switch rule {
        case .minLength(let bound): problem = "is shorter than the minimum length \(bound)"
        case .maxLength(let bound): problem = "is longer than the maximum length \(bound)"
        case .pattern(let pattern): problem = "does not match the pattern \(pattern)"
        case .minimum(let bound, let exclusive): problem = "is \(exclusive ? "not greater than" : "less than") the minimum \(bound)"
        case .maximum(let bound, let exclusive): problem = "is \(exclusive ? "not less than" : "greater than") the maximum \(bound)"
        case .minItems(let bound): problem = "has fewer than the minimum \(bound) items"
        case .maxItems(let bound): problem = "has more than the maximum \(bound) items"
        case .multipleOf(let factor): problem = "is not a multiple of \(factor)"
        case .uniqueItems: problem = "holds equal items where the contract asks for unique ones"
        case .uuid: problem = "is not a UUID"
        case .notEmpty: problem = "must not be empty"
        case .dotSegment: problem = "is or contains a \".\" or \"..\" path segment, which URL normalisers would resolve to another resource"
        }
        return "\(parameter) \(shown) \(problem) (\(operation))"
    }

    static let redacted = "<redacted>"
}
