import Foundation

/// One way a request or a response breaks its contract: where (a parameter, or a JSON pointer into
/// the body) and which rule.
public struct ContractViolation: Hashable, Sendable, CustomStringConvertible {
    public enum Part: Hashable, Sendable, CustomStringConvertible {
        /// The JSON body; `pointer` says where in it.
        case body
        case path(String)
        case query(String)
        case header(String)
        /// The status code (a response the contract does not declare).
        case status

        public var description: String {
            switch self {
            case .body: return "body"
            case .path(let name): return "path parameter '\(name)'"
            case .query(let name): return "query parameter '\(name)'"
            case .header(let name): return "header '\(name)'"
            case .status: return "status"
            }
        }
    }

    public var part: Part
    /// A JSON pointer into the body (`/backupSettings/backupName`; "" is the body itself); into a
    /// parameter's value for an array parameter (`/1`); else "".
    public var pointer: String
    /// The rule broken, in words (`is required`, `must be string, found integer`).
    public var rule: String

    public init(part: Part, pointer: String = "", rule: String) {
        self.part = part
        self.pointer = pointer
        self.rule = rule
    }

    /// What a `target` of an `ErrorResponse` names: the pointer for the body (`/` for the body
    /// itself), the parameter's name otherwise.
    public var target: String {
        switch part {
        case .body: return pointer.isEmpty ? "/" : pointer
        case .path(let name), .query(let name), .header(let name): return name + pointer
        case .status: return "status"
        }
    }

    /// `/backupSettings/backupName must be string, found integer`, `query parameter 'api-version' is required`.
    public var description: String {
        switch part {
        case .body: return "\(target) \(rule)"
        case .status: return rule
        default: return "\(part)\(pointer.isEmpty ? "" : " at \(pointer)") \(rule)"
        }
    }

    /// A JSON pointer with one more reference token (`~` and `/` escaped as RFC 6901 asks).
    static func pointer(_ base: String, _ token: String) -> String {
        base + "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
