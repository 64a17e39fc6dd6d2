import AcceptanceSupport
import Foundation
import SpecGenRuntime
import Testing
import Url

/// url.json: `/paths/*` (path parameters), `/queries/*` (query parameters), `/pathitem/*`
/// (path-item and client-level parameters). The server answers 400 to any value it did not
/// expect, which the client throws as `ServiceError`: an operation that returns is a value the
/// server accepted.
@Suite struct UrlTests {
    let client = UrlClient(globalStringPath: "globalStringPath", endpoint: TestServer.url,
                           globalStringQuery: "globalStringQuery", options: TestServer.options)
    /// The same client without its optional client-level query parameter.
    let clientWithoutGlobalQuery = UrlClient(globalStringPath: "globalStringPath", endpoint: TestServer.url, options: TestServer.options)

    /// The multi-byte string of the byte scenarios, with its CJK compatibility ideographs
    /// (U+F9F1...) spelled out: a literal could be normalised to the unified ones on the way.
    static let multiByte = "\u{554A}\u{9F44}\u{4E02}\u{72DB}\u{72DC}\u{F9F1}\u{F92C}\u{F9F1}\u{FA0C}\u{FA29}"
    /// Every reserved URL character; must arrive intact.
    static let reserved = "begin!*'();:@ &=+$,/?#[]end"
    /// 2012-01-01T01:01:01Z, the date-time scenarios' value.
    static let dateTime = Date(timeIntervalSince1970: 1_325_379_661)

    // MARK: - Path parameters

    @Test func pathBooleans() async throws {
        try await client.paths.getBooleanTrue()
        try await client.paths.getBooleanFalse()
    }

    @Test func pathIntegers() async throws {
        try await client.paths.getIntOneMillion()
        try await client.paths.getIntNegativeOneMillion()
        try await client.paths.getTenBillion()
        try await client.paths.getNegativeTenBillion()
    }

    @Test func pathFloatingPoint() async throws {
        try await client.paths.floatScientificPositive()
        try await client.paths.floatScientificNegative()
        try await client.paths.doubleDecimalPositive()
        try await client.paths.doubleDecimalNegative()
    }

    @Test func pathStrings() async throws {
        try await client.paths.stringUnicode()
        try await client.paths.stringUrlEncoded()
        try await client.paths.stringUrlNonEncoded()
        try await client.paths.stringEmpty()
    }

    /// A required path parameter cannot be empty: refused before anything is sent.
    @Test func emptyPathStringIsRefusedBeforeSending() async throws {
        let error = try await #require(throws: ValidationError.self) { try await client.paths.stringNull(stringPath: "") }
        #expect(error.parameter == "stringPath")
        #expect(error.rule == .notEmpty)
    }

    @Test func pathEnum() async throws {
        try await client.paths.enumValid(enumPath: .greenColor)
    }

    @Test func pathBytesAreBase64() async throws {
        try await client.paths.byteMultiByte(bytePath: Data(Self.multiByte.utf8))
        try await client.paths.byteEmpty(bytePath: Data())
    }

    @Test func pathBase64URL() async throws {
        try await client.paths.base64Url(base64UrlPath: Data("lorem".utf8))
    }

    /// One-value enums of `format: date` / `date-time` are asked for (not constants): the
    /// contract's only value is given.
    @Test func pathDateAndDateTime() async throws {
        try await client.paths.dateValid(datePath: CivilDate(year: 2012, month: 1, day: 1))
        try await client.paths.dateTimeValid(dateTimePath: Self.dateTime)
    }

    @Test func pathUnixTime() async throws {
        try await client.paths.unixTimeUrl(unixTimeUrlPath: Date(timeIntervalSince1970: 1_460_505_600))
    }

    /// CSV in one path segment, reserved characters and empty items included.
    @Test func pathArrayCSV() async throws {
        try await client.paths.arrayCsvInPath(arrayPath: ["ArrayPath1", Self.reserved, "", ""])
    }

    // MARK: - Query parameters

    @Test func queryBooleans() async throws {
        try await client.queries.getBooleanTrue()
        try await client.queries.getBooleanFalse()
        try await client.queries.getBooleanNull(boolQuery: nil)
    }

    @Test func queryIntegers() async throws {
        try await client.queries.getIntOneMillion()
        try await client.queries.getIntNegativeOneMillion()
        try await client.queries.getIntNull(intQuery: nil)
        try await client.queries.getTenBillion()
        try await client.queries.getNegativeTenBillion()
        try await client.queries.getLongNull(longQuery: nil)
    }

    @Test func queryFloatingPoint() async throws {
        try await client.queries.floatScientificPositive()
        try await client.queries.floatScientificNegative()
        try await client.queries.floatNull(floatQuery: nil)
        try await client.queries.doubleDecimalPositive()
        try await client.queries.doubleDecimalNegative()
        try await client.queries.doubleNull(doubleQuery: nil)
    }

    @Test func queryStrings() async throws {
        try await client.queries.stringUnicode()
        try await client.queries.stringUrlEncoded()
        try await client.queries.stringEmpty()
        try await client.queries.stringNull(stringQuery: nil)
    }

    @Test func queryEnum() async throws {
        try await client.queries.enumValid(enumQuery: .greenColor)
        try await client.queries.enumNull(enumQuery: nil)
    }

    @Test func queryBytes() async throws {
        try await client.queries.byteMultiByte(byteQuery: Data(Self.multiByte.utf8))
        try await client.queries.byteEmpty(byteQuery: Data())
        try await client.queries.byteNull(byteQuery: nil)
    }

    @Test func queryDateAndDateTime() async throws {
        try await client.queries.dateValid(dateQuery: CivilDate(year: 2012, month: 1, day: 1))
        try await client.queries.dateNull(dateQuery: nil)
        try await client.queries.dateTimeValid(dateTimeQuery: Self.dateTime)
        try await client.queries.dateTimeNull(dateTimeQuery: nil)
    }

    /// `nil` omits the parameter, `[]` sends it empty, items join with the collection format's separator.
    @Test func queryArrayCSV() async throws {
        try await client.queries.arrayStringCsvValid(arrayQuery: ["ArrayQuery1", Self.reserved, "", ""])
        try await client.queries.arrayStringCsvNull(arrayQuery: nil)
        try await client.queries.arrayStringCsvEmpty(arrayQuery: [])
    }

    @Test func queryArrayOtherSeparators() async throws {
        try await client.queries.arrayStringSsvValid(arrayQuery: ["ArrayQuery1", Self.reserved, "", ""])
        try await client.queries.arrayStringTsvValid(arrayQuery: ["ArrayQuery1", Self.reserved, "", ""])
        try await client.queries.arrayStringPipesValid(arrayQuery: ["ArrayQuery1", Self.reserved, "", ""])
    }

    /// No `collectionFormat`: CSV, Swagger's default.
    @Test func queryArrayWithoutCollectionFormatIsCSV() async throws {
        try await client.queries.arrayStringNoCollectionFormatEmpty(arrayQuery: ["hello", "nihao", "bonjour"])
    }

    // MARK: - Path items

    @Test func pathItemAllValues() async throws {
        try await client.pathItems.getAllWithValues(pathItemStringPath: "pathItemStringPath", localStringPath: "localStringPath",
                                                    pathItemStringQuery: "pathItemStringQuery", localStringQuery: "localStringQuery")
    }

    @Test func pathItemAndLocalQueriesOmitted() async throws {
        try await client.pathItems.getLocalPathItemQueryNull(pathItemStringPath: "pathItemStringPath", localStringPath: "localStringPath",
                                                             pathItemStringQuery: nil, localStringQuery: nil)
    }

    /// The optional client-level `globalStringQuery` left out (`nil`): not sent.
    @Test func pathItemGlobalQueryOmitted() async throws {
        try await clientWithoutGlobalQuery.pathItems.getGlobalQueryNull(pathItemStringPath: "pathItemStringPath", localStringPath: "localStringPath",
                                                                        pathItemStringQuery: "pathItemStringQuery", localStringQuery: "localStringQuery")
    }

    @Test func pathItemGlobalAndLocalQueriesOmitted() async throws {
        try await clientWithoutGlobalQuery.pathItems.getGlobalAndLocalQueryNull(pathItemStringPath: "pathItemStringPath", localStringPath: "localStringPath",
                                                                                pathItemStringQuery: "pathItemStringQuery", localStringQuery: nil)
    }
}
