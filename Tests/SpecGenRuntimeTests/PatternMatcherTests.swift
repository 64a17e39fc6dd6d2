import Foundation
@testable import SpecGenRuntime
import Testing

/// The ECMA-262 matcher against ICU (with ASCII shorthand classes) on the patterns of real Azure
/// contracts and tricky inputs: both must agree wherever ECMA and ICU mean the same thing.
@Suite struct PatternMatcherTests {
    static let patterns = [
        "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*", "^[-\\w\\._\\(\\)]+$", "^[a-zA-Z_][\\w\\-]{0,62}$", "^[a-z][a-z0-9]*$", "^.*$",
        "^[a-zA-Z0-9-_]*$", "^[A-Za-z0-9][A-Za-z0-9-]{0,62}", "b+", "^(ab|cd)+$", "^a{2,3}$", "^a{2,}b?$", "x*?y", "^[^/\\\\]+$",
        "^\\d{4}-\\d{2}-\\d{2}$", "^\\S+\\s\\S+$", "[.]", "^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$", "^(?:a|b)c$",
        "^$", "()", "^[\\]]$",
    ]

    static let inputs = [
        "", "a", "abc", "abc!!", "-abc", "my_group-1.(x)", "grüppe", "ab", "abab", "abcd", "aa", "aaa", "aaaa", "aab", "xxy", "y",
        "a/b", "a\\b", "2025-06-01", "1 2", "a b c", "x.y", "6b2f4c4e-8d2a-4f52-9d61-1c8f0b1d2e3f", "ac", "bc", "abc", "a{,2}", "]",
        "Zz9", "a\nb", "é", "😀😀",
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
        }
    }

    @Test func catastrophicPatternsStopAtTheStepBudget() {
        let matcher = PatternMatcher("^(a+)+$")
        let input = String(repeating: "a", count: 40) + "b"
        #expect(matcher?.firstMatch(in: input) == nil)
        #expect(!ValidationPattern("^(a+)+$").matches(input))
    }
}
