import Foundation

/// A contract `pattern`, compiled once (generated code keeps each in a `static let`).
/// Follows ECMA-262 as JSON Schema asks: unanchored unless the pattern anchors itself, and
/// `\w` / `\d` / `\s` limited to ASCII as in JavaScript. `PatternMatcher` runs the constructs
/// contracts use with exactly those semantics, in linear time; look-around and back-references go
/// to ICU (`NSRegularExpression`, with the shorthand classes rewritten to ASCII).
public final class ValidationPattern: @unchecked Sendable {
    // Immutable after init. NSRegularExpression is documented as safe to share between threads;
    // PatternMatcher is a value. A class, so that passing a pattern around (it holds the automaton's
    // tables) costs one reference count, not one per table.
    public let source: String
    /// ECMA-262 semantics for the constructs contracts use; nil for anything beyond them.
    private let matcher: PatternMatcher?
    /// ICU, for patterns the matcher does not take.
    private let expression: NSRegularExpression?

    public init(_ source: String) {
        self.source = source
        matcher = PatternMatcher(source)
        // ICU is compiled only for patterns the matcher does not take.
        expression = matcher == nil ? ValidationPattern.icu(source) : nil
    }

    /// False for a pattern that cannot be compiled: the generator rejects those up front.
    public var isValid: Bool { matcher != nil || expression != nil }

    /// Whether `source` compiles, without building its automaton (what the generator needs).
    public static func isValid(_ source: String) -> Bool {
        PatternMatcher.parses(source) || icu(source) != nil
    }

    public func matches(_ value: String) -> Bool {
        if let matcher { return matcher.firstMatch(in: value) }
        guard let expression else { return false }
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        return expression.firstMatch(in: value, range: range) != nil
    }

    private static func icu(_ source: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: asciiClasses(source))
    }

    /// Rewrites the shorthand classes to their ECMA-262 (ASCII) meaning.
    static func asciiClasses(_ pattern: String) -> String {
        let inside = ["w": "A-Za-z0-9_", "d": "0-9", "s": " \\t\\n\\r\\f\\v"]
        var result = ""
        var inClass = false
        var escaped = false
        for character in pattern {
            if escaped {
                escaped = false
                if let members = inside[String(character)] {
                    result += inClass ? members : "[" + members + "]"
                } else if !inClass, let members = inside[character.lowercased()] {
                    // `\W` outside a class: the complement of the ASCII class. (Inside one ICU keeps its own.)
                    result += "[^" + members + "]"
                } else {
                    result += "\\" + String(character)
                }
                continue
            }
            switch character {
            case "\\": escaped = true
            case "[": inClass = true; result.append(character)
            case "]": inClass = false; result.append(character)
            default: result.append(character)
            }
        }
        if escaped { result += "\\" }
        return result
    }
}
