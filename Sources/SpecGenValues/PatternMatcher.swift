/// The ECMA-262 regular expressions contracts use in `pattern`: literals, `.`, classes (`[a-z]`,
/// `[^…]`, `\d \w \s` and their negations, ASCII as in JavaScript), groups, alternation, greedy
/// and lazy quantifiers, `^` and `$`. Those describe regular languages, so a pattern is compiled once
/// into an automaton (`PatternAutomaton`) and a match reads each input scalar once: no backtracking,
/// no step budget, no allocation. Anything else (look-around, back-references) does not parse here,
/// and `ValidationPattern` falls back to `NSRegularExpression`.
struct PatternMatcher {
    indirect enum Node {
        case scalar(Unicode.Scalar)
        case any
        case set(CharacterSet, negated: Bool)
        case start
        case end
        case sequence([Node])
        case alternation([Node])
        case repeating(Node, min: Int, max: Int?, lazy: Bool)
        case group(Node)
    }

    /// A class as ranges of scalar values.
    struct CharacterSet {
        var ranges: [ClosedRange<UInt32>]

        static let digit = CharacterSet(ranges: [48...57])
        static let word = CharacterSet(ranges: [48...57, 65...90, 95...95, 97...122])
        // ECMA-262 WhiteSpace and LineTerminator.
        static let space = CharacterSet(ranges: [9...13, 32...32, 160...160, 5760...5760, 8192...8202, 8232...8233, 8239...8239, 8287...8287, 12288...12288, 65279...65279])
    }

    let automaton: PatternAutomaton

    init?(_ pattern: String) {
        guard let node = Self.parse(pattern), let automaton = PatternAutomaton(node) else { return nil }
        self.automaton = automaton
    }

    /// Whether `pattern` is in the subset this matcher runs (parsed, and its NFA within bounds).
    static func parses(_ pattern: String) -> Bool {
        guard let node = parse(pattern) else { return false }
        var builder = NFA.Builder()
        return builder.add(node, from: 0) != nil
    }

    /// The whole pattern as a tree; nil when any of it is outside the subset.
    private static func parse(_ pattern: String) -> Node? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let node = parser.parseAlternation(), parser.index == parser.scalars.count else { return nil }
        return node
    }

    /// Whether the pattern matches anywhere in `text` (JSON Schema patterns are unanchored).
    func firstMatch(in text: String) -> Bool {
        automaton.matches(text)
    }

    // MARK: Parsing

    struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func parseAlternation() -> Node? {
            var options: [Node] = []
            repeat {
                if current == "|" { index += 1 }
                guard let sequence = parseSequence() else { return nil }
                options.append(sequence)
            } while current == "|"
            return options.count == 1 ? options[0] : .alternation(options)
        }

        mutating func parseSequence() -> Node? {
            var items: [Node] = []
            while let scalar = current, scalar != "|", scalar != ")" {
                guard var atom = parseAtom() else { return nil }
                guard let quantified = parseQuantifier(&atom) else { return nil }
                items.append(quantified)
            }
            return .sequence(items)
        }

        mutating func parseQuantifier(_ atom: inout Node) -> Node? {
            var minimum = 0, maximum: Int?
            switch current {
            case "*": index += 1
            case "+": index += 1; minimum = 1
            case "?": index += 1; maximum = 1
            case "{":
                guard let (low, high) = parseBraces() else { return atom }
                minimum = low
                maximum = high
            default:
                return atom
            }
            if case .start = atom { return nil }
            if case .end = atom { return nil }
            var lazy = false
            if current == "?" { lazy = true; index += 1 }
            return .repeating(atom, min: minimum, max: maximum, lazy: lazy)
        }

        /// `{n}`, `{n,}`, `{n,m}`; anything else leaves `{` a literal, as ECMA-262 (Annex B) does.
        mutating func parseBraces() -> (Int, Int?)? {
            var cursor = index + 1
            func number() -> Int? {
                var value: Int?
                while cursor < scalars.count, let digit = Int(String(scalars[cursor])), scalars[cursor].isASCII {
                    value = (value ?? 0) * 10 + digit
                    cursor += 1
                }
                return value
            }
            guard let low = number() else { return nil }
            var high: Int? = low
            if cursor < scalars.count, scalars[cursor] == "," {
                cursor += 1
                high = number()
            }
            guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
            if let high, high < low { return nil }
            index = cursor + 1
            return (low, high)
        }

        mutating func parseAtom() -> Node? {
            guard let scalar = current else { return nil }
            index += 1
            switch scalar {
            case "^": return .start
            case "$": return .end
            case ".": return .any
            case "(":
                if current == "?" {
                    // Only non-capturing groups; look-around and named groups go to ICU.
                    guard index + 1 < scalars.count, scalars[index + 1] == ":" else { return nil }
                    index += 2
                }
                guard let inner = parseAlternation(), current == ")" else { return nil }
                index += 1
                return .group(inner)
            case "[": return parseClass()
            case "\\": return parseEscape(inClass: false)
            case "*", "+", "?", ")": return nil
            default: return .scalar(scalar)
            }
        }

        mutating func parseEscape(inClass: Bool) -> Node? {
            guard let scalar = current else { return nil }
            index += 1
            switch scalar {
            case "d": return .set(.digit, negated: false)
            case "D": return .set(.digit, negated: true)
            case "w": return .set(.word, negated: false)
            case "W": return .set(.word, negated: true)
            case "s": return .set(.space, negated: false)
            case "S": return .set(.space, negated: true)
            case "t": return .scalar("\t")
            case "n": return .scalar("\n")
            case "r": return .scalar("\r")
            case "f": return .scalar("\u{0C}")
            case "v": return .scalar("\u{0B}")
            case "0": return .scalar("\u{0}")
            case "b" where inClass: return .scalar("\u{08}")
            case "u":
                guard index + 4 <= scalars.count, let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16),
                      let decoded = Unicode.Scalar(value) else { return nil }
                index += 4
                return .scalar(decoded)
            default:
                // Word boundaries, back-references and other letters have meanings this matcher lacks.
                if scalar.properties.isAlphabetic || ("1"..."9").contains(scalar) { return nil }
                return .scalar(scalar)
            }
        }

        mutating func parseClass() -> Node? {
            var negated = false
            if current == "^" { negated = true; index += 1 }
            var ranges: [ClosedRange<UInt32>] = []
            // ECMA-262: `[]` is an empty class and `]` always ends one.
            while let scalar = current, scalar != "]" {
                guard let low = parseClassAtom() else { return nil }
                switch low {
                case .scalar(let lower):
                    if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                        index += 1
                        guard case .scalar(let upper)? = parseClassAtom(), lower.value <= upper.value else { return nil }
                        ranges.append(lower.value...upper.value)
                    } else {
                        ranges.append(lower.value...lower.value)
                    }
                case .set(let set, let negatedShorthand):
                    // `[\w.]` adds the class's ranges; `[\S\s]` adds the complement's.
                    ranges += negatedShorthand ? NFA.Builder.complement(NFA.Builder.normalized(set.ranges)) : set.ranges
                default:
                    return nil
                }
            }
            guard current == "]" else { return nil }
            index += 1
            return .set(CharacterSet(ranges: ranges), negated: negated)
        }

        mutating func parseClassAtom() -> Node? {
            guard let scalar = current else { return nil }
            index += 1
            if scalar == "\\" { return parseEscape(inClass: true) }
            return .scalar(scalar)
        }
    }
}
