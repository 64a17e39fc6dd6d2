import Foundation

/// A string that matches a simple contract pattern: literals, escapes, character classes,
/// groups, alternation (the first alternative is taken) and quantifiers, each quantifier repeated
/// its minimum plus `extra` times. Look-around and anchors add nothing; a back-reference is not
/// taken (nil). The caller checks the result with `ValidationPattern`, so a construct read too
/// simply here only costs a fallback.
enum PatternSample {
    private indirect enum Node {
        case text(String)
        /// Characters that may stand here, in preference order, or those that may not (`[^…]`).
        case choice([Character], negated: Bool, ranges: [ClosedRange<Character>])
        case group([[Node]])
        case repeated(Node, min: Int, max: Int?)
    }

    static func sample(_ pattern: String, extra: Int) -> String? {
        var parser = Parser(characters: Array(pattern))
        guard let alternatives = parser.alternatives(), parser.index == parser.characters.count else { return nil }
        return render(.group(alternatives), extra: extra)
    }

    private static func render(_ node: Node, extra: Int) -> String {
        switch node {
        case .text(let text):
            return text
        case .choice(let characters, let negated, let ranges):
            if !negated { return characters.first.map(String.init) ?? ranges.first.map { String($0.lowerBound) } ?? "a" }
            let candidates: [Character] = ["a", "b", "x", "A", "0", "1", "-", "_", "."]
            let chosen = candidates.first { candidate in !characters.contains(candidate) && !ranges.contains { $0.contains(candidate) } }
            return chosen.map(String.init) ?? "~"
        case .group(let alternatives):
            return (alternatives.first ?? []).map { render($0, extra: extra) }.joined()
        case .repeated(let inner, let min, let max):
            let count = Swift.min(min + extra, max ?? Int.max)
            return String(repeating: render(inner, extra: extra), count: Swift.max(count, 0))
        }
    }

    private struct Parser {
        let characters: [Character]
        var index = 0

        init(characters: [Character]) { self.characters = characters }

        var current: Character? { index < characters.count ? characters[index] : nil }

        mutating func alternatives() -> [[Node]]? {
            var result: [[Node]] = [[]]
            while let character = current, character != ")" {
                if character == "|" {
                    index += 1
                    result.append([])
                    continue
                }
                guard let atom = atom() else { return nil }
                result[result.count - 1].append(quantified(atom))
            }
            return result
        }

        mutating func atom() -> Node? {
            guard let character = current else { return nil }
            index += 1
            switch character {
            case "^", "$": return .text("")
            case ".": return .text("a")
            case "(":
                var lookaround = false
                if current == "?" {
                    index += 1
                    switch current {
                    case ":": index += 1
                    case "=", "!": index += 1; lookaround = true
                    case "<":
                        index += 1
                        if current == "=" || current == "!" {
                            index += 1
                            lookaround = true
                        } else {
                            while let next = current, next != ">" { index += 1 }
                            index += 1
                        }
                    default: return nil
                    }
                }
                guard let inner = alternatives(), current == ")" else { return nil }
                index += 1
                return lookaround ? .text("") : .group(inner)
            case "[": return characterClass()
            case "\\": return escape(inClass: false)
            default: return .text(String(character))
            }
        }

        mutating func quantified(_ atom: Node) -> Node {
            guard let character = current else { return atom }
            var bounds: (Int, Int?)?
            switch character {
            case "?": bounds = (0, 1); index += 1
            case "*": bounds = (0, nil); index += 1
            case "+": bounds = (1, nil); index += 1
            case "{":
                var probe = index + 1
                var text = ""
                while probe < characters.count, characters[probe] != "}" { text.append(characters[probe]); probe += 1 }
                let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard probe < characters.count, let low = parts.first.flatMap({ Int($0) }), parts.count <= 2 else { return atom }
                let high = parts.count == 2 ? (parts[1].isEmpty ? nil : Int(parts[1])) : low
                bounds = (low, high)
                index = probe + 1
            default: return atom
            }
            if current == "?" { index += 1 }
            guard let (low, high) = bounds else { return atom }
            return .repeated(atom, min: low, max: high)
        }

        /// After `\`: a class shorthand, a control escape, or the character itself.
        mutating func escape(inClass: Bool) -> Node? {
            guard let character = current else { return nil }
            index += 1
            switch character {
            case "d": return .choice(["0"], negated: false, ranges: ["0"..."9"])
            case "w": return .choice(["a"], negated: false, ranges: ["a"..."z", "A"..."Z", "0"..."9"])
            case "s": return .text(" ")
            case "D", "W", "S": return .choice(Self.shorthand(character), negated: true, ranges: Self.shorthandRanges(character))
            case "b", "B": return inClass ? .text("\u{8}") : .text("")
            case "t": return .text("\t")
            case "n": return .text("\n")
            case "r": return .text("\r")
            case "u", "x":
                let width = character == "u" ? 4 : 2
                guard index + width <= characters.count, let code = UInt32(String(characters[index..<index + width]), radix: 16),
                      let scalar = Unicode.Scalar(code) else { return nil }
                index += width
                return .text(String(Character(scalar)))
            case "1"..."9": return nil
            default: return .text(String(character))
            }
        }

        mutating func characterClass() -> Node? {
            var negated = false
            if current == "^" { negated = true; index += 1 }
            var members: [Character] = []
            var ranges: [ClosedRange<Character>] = []
            var first = true
            while let character = current, character != "]" || first {
                first = false
                index += 1
                var single: Character?
                if character == "\\" {
                    guard let escaped = escape(inClass: true) else { return nil }
                    switch escaped {
                    case .text(let text) where text.count == 1: single = text.first
                    case .choice(let chars, let isNegated, let more) where !isNegated:
                        members += chars
                        ranges += more
                    default: continue
                    }
                } else {
                    single = character
                }
                guard let low = single else { continue }
                if current == "-", index + 1 < characters.count, characters[index + 1] != "]" {
                    index += 1
                    var high = characters[index]
                    index += 1
                    if high == "\\", let next = current {
                        high = next
                        index += 1
                    }
                    if low <= high { ranges.append(low...high); members.append(low) }
                } else {
                    members.append(low)
                }
            }
            guard current == "]" else { return nil }
            index += 1
            return .choice(members, negated: negated, ranges: ranges)
        }

        static func shorthand(_ character: Character) -> [Character] {
            character == "S" ? [" ", "\t", "\n"] : []
        }

        static func shorthandRanges(_ character: Character) -> [ClosedRange<Character>] {
            switch character {
            case "D": return ["0"..."9"]
            case "W": return ["a"..."z", "A"..."Z", "0"..."9", "_"..."_"]
            default: return []
            }
        }
    }
}
