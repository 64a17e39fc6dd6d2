import Foundation
@testable import SpecGenRuntime
@testable import SpecGenValues
import Testing

/// The ECMA-262 matcher against ICU (with ASCII shorthand classes) on the patterns of real Azure
/// contracts and tricky inputs: both must agree wherever ECMA and ICU mean the same thing.
@Suite struct PatternMatcherTests {
    static let patterns = [
        "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*", "^[-\\w\\._\\(\\)]+$", "^[a-zA-Z_][\\w\\-]{0,62}$", "^[a-z][a-z0-9]*$", "^.*$",
        "^[a-zA-Z0-9-_]*$", "^[A-Za-z0-9][A-Za-z0-9-]{0,62}", "b+", "^(ab|cd)+$", "^a{2,3}$", "^a{2,}b?$", "x*?y", "^[^/\\\\]+$",
        "^\\d{4}-\\d{2}-\\d{2}$", "^\\S+\\s\\S+$", "[.]", "^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$", "^(?:a|b)c$",
        "^$", "()", "^[\\]]$", "^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$",
        "[^a-z]", "^\\W+$", "^.+@.+$", "a|", "^[a-z]{2,4}?$", "(a|ab)(c|bcd)(d*)", "^(a*)*$", "^[\\s\\S]*$", "^\\u00e9+$",
    ]

    static let inputs = [
        "", "a", "abc", "abc!!", "-abc", "my_group-1.(x)", "grüppe", "ab", "abab", "abcd", "aa", "aaa", "aaaa", "aab", "xxy", "y",
        "a/b", "a\\b", "2025-06-01", "1 2", "a b c", "x.y", "6b2f4c4e-8d2a-4f52-9d61-1c8f0b1d2e3f", "ac", "bc", "abc", "a{,2}", "]",
        "Zz9", "a\nb", "é", "😀😀", "10.0.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "user@example.com", "@", "abcd", "ééé",
        "abcbcd", "\t",
    ]

    func icu(_ pattern: String, _ value: String) throws -> Bool {
        let expression = try NSRegularExpression(pattern: ValidationPattern.asciiClasses(pattern))
        return expression.firstMatch(in: value, range: NSRange(value.startIndex..<value.endIndex, in: value)) != nil
    }

    @Test(arguments: patterns)
    func agreesWithICU(_ pattern: String) throws {
        let matcher = try #require(PatternMatcher(pattern), "\(pattern) should compile")
        for input in Self.inputs {
            let expected = try icu(pattern, input)
            #expect(matcher.firstMatch(in: input) == expected, "\(pattern) on \(input.debugDescription)")
        }
    }

    @Test func lookAroundAndBackReferencesGoToICU() {
        #expect(PatternMatcher("^[a-z](?<!-)$") == nil)
        #expect(PatternMatcher("(a)\\1") == nil)
        #expect(PatternMatcher("\\bword") == nil)
        #expect(ValidationPattern("^[A-Za-z0-9][A-Za-z0-9-]{0,62}(?<!-)$").matches("abc"))
        #expect(!ValidationPattern("^[A-Za-z0-9][A-Za-z0-9-]{0,62}(?<!-)$").matches("abc-"))
    }

    @Test func braceWithoutNumbersIsALiteralAsInECMAScript() throws {
        // ICU refuses `a{,2}`; ECMA-262 (Annex B) reads it as the characters themselves.
        let matcher = try #require(PatternMatcher("^a{,2}$"))
        #expect(matcher.firstMatch(in: "a{,2}") == true)
        #expect(matcher.firstMatch(in: "aa") == false)
    }

    @Test func invalidPatternsDoNotCompile() {
        for pattern in ["([a-z", "a)", "[z-a]", "*a", "a**"] {
            #expect(PatternMatcher(pattern) == nil, "\(pattern)")
            #expect(!ValidationPattern.isValid(pattern), "\(pattern)")
        }
        // What the generator asks agrees with what the runtime builds.
        for pattern in Self.patterns + ["^[a-z](?<!-)$"] {
            #expect(ValidationPattern.isValid(pattern) == ValidationPattern(pattern).isValid, "\(pattern)")
        }
    }

    @Test func nestedQuantifiersMatchInLinearTime() throws {
        // Exponential for a backtracking matcher; one pass over the input for the automaton.
        let matcher = try #require(PatternMatcher("^(a+)+$"))
        let input = String(repeating: "a", count: 10_000)
        #expect(!matcher.firstMatch(in: input + "b"))
        #expect(matcher.firstMatch(in: input))
        #expect(!ValidationPattern("^(a+)+$").matches(input + "b"))
    }

    @Test func largeCountedRepetitionsAreSimulatedWithoutADFA() throws {
        // `(a|b)*a(a|b){12}` needs 2^13 DFA states: past the limit, the NFA is simulated instead.
        let matcher = try #require(PatternMatcher("^(a|b)*a(a|b){12}$"))
        #expect(matcher.firstMatch(in: "b" + "a" + String(repeating: "b", count: 12)))
        #expect(!matcher.firstMatch(in: "a" + String(repeating: "b", count: 13)))
        #expect(!matcher.firstMatch(in: "abc"))
    }

    @Test func longCountedRepetitionsMatchExactly() throws {
        // 300 optional positions spelled out: a large NFA and a DFA of one state per position.
        let matcher = try #require(PatternMatcher("^[a-z]{0,300}[0-9]$"))
        #expect(matcher.firstMatch(in: String(repeating: "a", count: 300) + "7"))
        #expect(!matcher.firstMatch(in: String(repeating: "a", count: 301) + "7"))
    }

    @Test func anchorsHoldOnlyAtTheEndsOfTheInput() throws {
        for (pattern, input, expected) in [("a^b", "a^b", false), ("a$b", "ab", false), ("a|^b", "cb", false), ("a|^b", "bc", true),
                                           ("x$|y", "xz", false), ("x$|y", "zx", true), ("^$", "", true), ("^", "abc", true)] {
            let matcher = try #require(PatternMatcher(pattern))
            #expect(matcher.firstMatch(in: input) == expected, "\(pattern) on \(input)")
            #expect(try icu(pattern, input) == expected, "ICU: \(pattern) on \(input)")
        }
    }
}
