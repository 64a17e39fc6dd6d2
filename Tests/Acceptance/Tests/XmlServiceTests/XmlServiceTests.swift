import AcceptanceSupport
import Foundation
import SpecGenRuntime
import Testing
import XmlService

/// xml-service.json: `/xml/*`, bodies in XML laid out by the contract's `xml` objects (element
/// names, attributes, wrapped and unwrapped lists, `x-ms-text`, models named by their own `xml`
/// name when referenced). The server parses what it gets with xml2js and compares it with the
/// document it expects: a PUT is answered 201 only if the client's XML means the same.
@Suite struct XmlServiceTests {
    let client = XmlServiceClient(endpoint: TestServer.url, options: TestServer.options)
    var xml: XmlClient { client.xml }

    /// 2018-02-28T00:40:00.123Z.
    static let bananaExpiration = Date(timeIntervalSince1970: 1_519_778_400.123)
    static let bananas = [
        Banana(name: "Cavendish", flavor: "Sweet", expiration: bananaExpiration),
        Banana(name: "Plantain", flavor: "Savory", expiration: bananaExpiration),
    ]
    static let slideshow = Slideshow(
        title: "Sample Slide Show", date: "Date of publication", author: "Yours Truly",
        slides: [
            Slide(type: "all", title: "Wake up to WonderWidgets!"),
            Slide(type: "all", title: "Overview", items: ["Why WonderWidgets are great", "", "Who buys WonderWidgets"]),
        ])

    // MARK: Attributes, unwrapped lists, wrapped lists

    @Test func simpleDocumentReadsAttributesAndUnwrappedLists() async throws {
        #expect(try await xml.getSimple() == Self.slideshow)
    }

    @Test func simpleDocumentIsWritten() async throws {
        try await xml.putSimple(body: Self.slideshow)
    }

    @Test func wrappedLists() async throws {
        let barrel = try await xml.getWrappedLists()
        #expect(barrel == AppleBarrel(goodApples: ["Fuji", "Gala"], badApples: ["Red Delicious"]))
        try await xml.putWrappedLists(body: barrel)
    }

    /// `<slideshow/>`: no slides, no attributes.
    @Test func emptyUnwrappedList() async throws {
        let empty = try await xml.getEmptyList()
        #expect(empty == Slideshow())
        try await xml.putEmptyList(body: Slideshow())
    }

    /// `<GoodApples></GoodApples><BadApples/>`: both wrappers present and empty.
    @Test func emptyWrappedLists() async throws {
        let barrel = try await xml.getEmptyWrappedLists()
        #expect(barrel == AppleBarrel(goodApples: [], badApples: []))
        try await xml.putEmptyWrappedLists(body: AppleBarrel(goodApples: [], badApples: []))
    }

    // MARK: Arrays as documents

    @Test func listAtTheRoot() async throws {
        #expect(try await xml.getRootList() == Self.bananas)
        try await xml.putRootList(body: Self.bananas)
    }

    @Test func listAtTheRootWithOneItem() async throws {
        let single = try await xml.getRootListSingleItem()
        #expect(single == [Self.bananas[0]])
        try await xml.putRootListSingleItem(body: single)
    }

    @Test func emptyListAtTheRoot() async throws {
        #expect(try await xml.getEmptyRootList().isEmpty)
        try await xml.putEmptyRootList(body: [])
    }

    /// `<flavor></flavor>` is the empty string, not an absent member.
    @Test func emptyChildElementIsTheEmptyString() async throws {
        let banana = try await xml.getEmptyChildElement()
        #expect(banana == Banana(name: "Unknown Banana", flavor: "", expiration: Date(timeIntervalSince1970: 1_330_044_832.789)))
        try await xml.putEmptyChildElement(body: banana)
    }

    // MARK: Referenced models

    /// A member that refers to a model without an `xml` name is named after the property.
    @Test func referencedModelWithoutXMLName() async throws {
        let root = try await xml.getComplexTypeRefNoMeta()
        #expect(root == RootWithRefAndNoMeta(refToModel: ComplexTypeNoMeta(id: "myid"), something: "else"))
        try await xml.putComplexTypeRefNoMeta(body: root)
    }

    /// A member that refers to a model with an `xml` name is named after the model (`XMLComplexTypeWithMeta`).
    @Test func referencedModelWithXMLName() async throws {
        let root = try await xml.getComplexTypeRefWithMeta()
        #expect(root == RootWithRefAndMeta(refToModel: ComplexTypeWithMeta(id: "myid"), something: "else"))
        try await xml.putComplexTypeRefWithMeta(body: root)
    }

    // MARK: Azure Storage shapes

    /// The listing leaves out members the contract requires (`Prefix`): the client says so
    /// instead of inventing a value (strict, as JSON bodies are read).
    @Test func containerListingMissingARequiredMemberIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await xml.listContainers() }
        #expect(error?.status == 200)
        #expect(error?.description.contains("Prefix") == true)
    }

    @Test func blobListingMissingARequiredMemberIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await xml.listBlobs() }
        #expect(error?.status == 200)
    }

    static let serviceProperties = StorageServiceProperties(
        logging: Logging(version: "1.0", delete: true, read: false, write: true, retentionPolicy: RetentionPolicy(enabled: true, days: 7)),
        hourMetrics: Metrics(version: "1.0", enabled: true, includeAPIs: false, retentionPolicy: RetentionPolicy(enabled: true, days: 7)),
        minuteMetrics: Metrics(version: "1.0", enabled: true, includeAPIs: true, retentionPolicy: RetentionPolicy(enabled: true, days: 7)))

    @Test func serviceProperties() async throws {
        #expect(try await xml.getServiceProperties() == Self.serviceProperties)
        try await xml.putServiceProperties(body: Self.serviceProperties)
    }

    /// A top-level array definition (`SignedIdentifiers`, wrapped) as the document.
    @Test func containerAccessPolicies() async throws {
        let acls = try await xml.getAcls()
        let expected = [SignedIdentifier(
            id: "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=",
            accessPolicy: AccessPolicy(start: Date(timeIntervalSince1970: 1_254_127_777.123), expiry: Date(timeIntervalSince1970: 1_254_214_177.123), permission: "rwd"))]
        #expect(acls == expected)
        try await xml.putAcls(body: expected)
    }

    // MARK: Text, bytes, URLs, JSON beside XML

    /// `x-ms-text`: the element's own text, beside an attribute.
    @Test func textOfTheElement() async throws {
        #expect(try await xml.getXMsText() == ObjectWithXMsTextProperty(language: "english", content: "I am text"))
    }

    /// `format: byte` in XML is base64 text.
    @Test func bytesAsBase64() async throws {
        let model = try await xml.getBytes()
        #expect(model.bytes == Data("Hello world".utf8))
        try await xml.putBinary(body: model)
    }

    @Test func url() async throws {
        let model = try await xml.getUri()
        #expect(model.url == "https://myaccount.blob.core.windows.net/")
        try await xml.putUri(body: model)
    }

    /// Operations of an XML contract that consume or produce JSON use JSON.
    @Test func jsonOperationsInAnXMLContract() async throws {
        try await xml.jsonInput(body: JSONInput(id: 42))
        #expect(try await xml.jsonOutput() == JSONOutput(id: 42))
    }

    @Test func headerOnlyAnswer() async throws {
        #expect(try await xml.getHeaders().customHeader == "custom-value")
    }
}
