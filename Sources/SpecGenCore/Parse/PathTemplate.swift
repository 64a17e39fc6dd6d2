/// An operation's path template (`/servers/{serverName}/start`), split once into literal pieces
/// and parameter names, for lowering, rendering, the mock and `diff` alike.
public struct PathTemplate: Hashable, Sendable, CustomStringConvertible {
    public enum Segment: Hashable, Sendable {
        case literal(String)
        case parameter(String)
    }

    /// The template as written, without the disambiguating query an `x-ms-paths` key may carry.
    public let text: String
    public let segments: [Segment]

    /// `key` is a `paths` or `x-ms-paths` key; anything after `?` only tells operations apart.
    public init(_ key: String) {
        text = String(key.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        var segments: [Segment] = []
        var literal = ""
        var parameter: String?
        for character in text {
            if character == "{" {
                if !literal.isEmpty { segments.append(.literal(literal)); literal = "" }
                parameter = ""
            } else if character == "}", let name = parameter {
                segments.append(.parameter(name))
                parameter = nil
            } else if parameter != nil {
                parameter?.append(character)
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
    }

    /// The names of `{parameters}`, in order.
    public var parameterNames: [String] {
        segments.compactMap { if case .parameter(let name) = $0 { return name } else { return nil } }
    }

    public var description: String { text }
}
