import Foundation
import SpecGenRuntime
import Testing

@Suite struct EncodingAndPatternTests {
    @Test(arguments: [
        ("abc-._~XYZ09", "abc-._~XYZ09"),
        ("a/b", "a%2Fb"),
        ("a b+c", "a%20b%2Bc"),
        ("100%", "100%25"),
        (":@()!$&'*,;=[]", "%3A%40%28%29%21%24%26%27%2A%2C%3B%3D%5B%5D"),
        ("é", "%C3%A9"),
        ("..", ".."),
    ])
    func percentEncodingMatchesTheAzureSDKs(raw: String, encoded: String) {
        #expect(PercentEncoding.encode(raw) == encoded)
    }

    @Test func patternsAreUnanchoredUnlessTheyAnchorThemselves() {
        let halfAnchored = ValidationPattern("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*")
        #expect(halfAnchored.matches("abc!!"))
        #expect(!halfAnchored.matches("-abc"))
        #expect(ValidationPattern("b+").matches("abbbc"))
        #expect(!ValidationPattern("^b+$").matches("abbbc"))
    }

    @Test func shorthandClassesAreASCIIOnly() {
        #expect(!ValidationPattern("^\\w+$").matches("grüße"))
        #expect(ValidationPattern("^\\w+$").matches("gruesse_1"))
        #expect(!ValidationPattern("^\\d+$").matches("١٢٣"))
        #expect(ValidationPattern("^[\\w.]+$").matches("a.b_c"))
    }

    @Test func invalidPatternIsReportedNotCrashed() {
        let pattern = ValidationPattern("([a-z")
        #expect(!pattern.isValid)
        #expect(!pattern.matches("abc"))
    }

    @Test func lengthsCountUnicodeCodePoints() throws {
        // Two astral characters: 4 UTF-16 units, 2 code points (JSON Schema counts 2).
        try Validate.maxLength("😀😀", 2, parameter: "p", operation: "op")
        #expect(throws: ValidationError.self) { try Validate.minLength("😀😀", 3, parameter: "p", operation: "op") }
        // A flag is one grapheme but two code points.
        #expect(throws: ValidationError.self) { try Validate.maxLength("🇩🇪", 1, parameter: "p", operation: "op") }
    }

    @Test func secretsAreRedactedInValidationErrors() throws {
        let error = try #require(throws: ValidationError.self) {
            try Validate.minLength("hunter2", 8, parameter: "password", operation: "op", secret: true)
        }
        #expect(!error.description.contains("hunter2"))
        #expect(error.description.contains("<redacted>"))
    }

    @Test func numericBoundsAreInclusiveUnlessExclusive() throws {
        try Validate.minimum(0.0, 0.0, parameter: "p", operation: "op")
        #expect(throws: ValidationError.self) { try Validate.minimum(0.0, 0.0, exclusive: true, parameter: "p", operation: "op") }
        #expect(throws: ValidationError.self) { try Validate.maximum(Int32(101), 100, parameter: "p", operation: "op") }
    }

    /// `multipleOf` as JSON Schema means it, on the value as it prints: 0.3 is a multiple of 0.1
    /// although neither is a binary fraction; integers by remainder.
    @Test func multipleOfUsesDecimalArithmetic() throws {
        try Validate.multipleOf(0.3, decimal: "0.1", parameter: "p", operation: "o")
        try Validate.multipleOf(19.99, decimal: "0.01", parameter: "p", operation: "o")
        try Validate.multipleOf(Int64(10), decimal: "2.5", parameter: "p", operation: "o")
        try Validate.multipleOf(Int32(-15), 5, parameter: "p", operation: "o")
        #expect(throws: ValidationError(parameter: "p", rule: .multipleOf("0.1"), value: "0.35", operation: "o")) {
            try Validate.multipleOf(0.35, decimal: "0.1", parameter: "p", operation: "o")
        }
        #expect(throws: ValidationError(parameter: "p", rule: .multipleOf("5"), value: "7", operation: "o")) {
            try Validate.multipleOf(7, 5, parameter: "p", operation: "o")
        }
        #expect(throws: ValidationError.self) { try Validate.multipleOf(Double.nan, decimal: "0.5", parameter: "p", operation: "o") }
    }

    @Test func uniqueItemsNamesTheFirstEqualPair() throws {
        try Validate.uniqueItems(["a", "b", "c"], parameter: "tags", operation: "o")
        let error = try #require(throws: ValidationError.self) { try Validate.uniqueItems(["a", "b", "c", "b", "a"], parameter: "tags", operation: "o") }
        #expect(error.rule == .uniqueItems)
        #expect(error.value == "items 1 and 3 are equal")
        #expect(error.description == "tags \"items 1 and 3 are equal\" holds equal items where the contract asks for unique ones (o)")
    }
}
