import AcceptanceSupport
import Foundation
import SpecGenRuntime
import Testing
import Validation

/// validation.json: constants in the path and in the body (`/validation/constantsInPath/...`), and
/// the contract's constraints, checked by the client before anything is sent (the `/fakepath/...`
/// operations have no route: a value that passes would be answered 404).
@Suite struct ValidationTests {
    /// `subscriptionId` and `apiVersion` (pattern `\d{2}-\d{2}-\d{4}`) are client parameters.
    let client = ValidationClient(subscriptionId: "abc123", apiVersion: "12-34-5678", endpoint: TestServer.url, options: TestServer.options)

    /// The one-value string enums (`constString`, `child.constProperty`, `constChild.*`) are `let`
    /// constants the initializers set; `constInt` (an integer enum) is still asked for.
    static let constants = Product(child: ChildProduct(), constChild: ConstantProduct(), constInt: .v0)

    // MARK: - Constants (the two scenarios)

    /// The one-value enum path parameter `constantParam` is a constant: `/constantsInPath/constant/value`.
    @Test func constantInPathIsSent() async throws {
        try await client.operations.getWithConstantInPath()
        #expect(try Operations.GetWithConstantInPath().makeRequest().request.path == "/validation/constantsInPath/constant/value")
    }

    /// Constant members (`constString`, `constInt`, `child.constProperty`, `constChild.*`) are
    /// sent; the server echoes the body.
    @Test func constantsInBodyAreSent() async throws {
        let echoed = try await client.operations.postWithConstantInBody(body: Self.constants)
        #expect(echoed == Self.constants)
        #expect(echoed.constString == "constant")
        #expect(echoed.constInt == .v0)
        #expect(echoed.child.constProperty == "constant")
        #expect(echoed.constChild.constProperty == "constant")
        #expect(echoed.constChild.constProperty2 == "constant2")
    }

    // MARK: - Parameters, checked before sending

    func expectInvalid(_ parameter: String, _ rule: ValidationError.Rule, value: String, operation: String = "validationOfMethodParameters",
                       _ call: () async throws -> Product) async {
        let error = await #expect(throws: ValidationError.self) { _ = try await call() }
        #expect(error?.parameter == parameter)
        #expect(error?.rule == rule)
        #expect(error?.value == value)
        #expect(error?.operation == operation)
    }

    @Test func resourceGroupNameLength() async {
        await expectInvalid("resourceGroupName", .minLength(3), value: "1") { try await client.redis.validationOfMethodParameters(resourceGroupName: "1", id: 100) }
        await expectInvalid("resourceGroupName", .maxLength(10), value: "1234567890A") {
            try await client.redis.validationOfMethodParameters(resourceGroupName: "1234567890A", id: 100)
        }
    }

    /// `[a-zA-Z0-9']+`, unanchored (JSON Schema patterns are searches): `!@#$` has no match at all.
    @Test func resourceGroupNamePattern() async {
        await expectInvalid("resourceGroupName", .pattern("[a-zA-Z0-9']+"), value: "!@#$") {
            try await client.redis.validationOfMethodParameters(resourceGroupName: "!@#$", id: 100)
        }
    }

    @Test func idBounds() async {
        await expectInvalid("id", .minimum("100", exclusive: false), value: "0") { try await client.redis.validationOfMethodParameters(resourceGroupName: "123", id: 0) }
        await expectInvalid("id", .maximum("1000", exclusive: false), value: "2000") {
            try await client.redis.validationOfMethodParameters(resourceGroupName: "123", id: 2000)
        }
    }

    /// `multipleOf: 10` (no scenario of the server: checked before sending).
    @Test func idMustBeAMultipleOfTen() async {
        await expectInvalid("id", .multipleOf("10"), value: "105") {
            try await client.redis.validationOfMethodParameters(resourceGroupName: "123", id: 105)
        }
    }

    @Test func apiVersionPattern() async {
        let client = ValidationClient(subscriptionId: "abc123", apiVersion: "abc", endpoint: TestServer.url, options: TestServer.options)
        await expectInvalid("apiVersion", .pattern(#"\d{2}-\d{2}-\d{4}"#), value: "abc") {
            try await client.redis.validationOfMethodParameters(resourceGroupName: "123", id: 150)
        }
    }

    /// A request that passes every check is sent (and answered 404: `/fakepath` has no route).
    @Test func validParametersAreSent() async {
        let error = await #expect(throws: ServiceError.self) { _ = try await client.redis.validationOfMethodParameters(resourceGroupName: "123", id: 150) }
        #expect(error?.status == 404)
    }

    // MARK: - Body members, checked before sending

    func product(displayNames: [String]? = nil, capacity: Int? = nil, image: String? = nil) -> Product {
        var product = Self.constants
        product.displayNames = displayNames
        product.capacity = capacity
        product.image = image
        return product
    }

    /// `capacity` is between 0 and 100, both exclusive.
    @Test func capacityBoundsAreExclusive() async {
        await expectInvalid("body.capacity", .minimum("0", exclusive: true), value: "0", operation: "validationOfBody") {
            try await client.redis.validationOfBody(resourceGroupName: "123", id: 150, body: product(capacity: 0))
        }
        await expectInvalid("body.capacity", .maximum("100", exclusive: true), value: "100", operation: "validationOfBody") {
            try await client.redis.validationOfBody(resourceGroupName: "123", id: 150, body: product(capacity: 100))
        }
    }

    @Test func displayNamesHaveAtMostSixItems() async {
        let seven = ["1", "2", "3", "4", "5", "6", "7"]
        let error = await #expect(throws: ValidationError.self) {
            _ = try await client.redis.validationOfBody(resourceGroupName: "123", id: 150, body: product(displayNames: seven))
        }
        #expect(error?.parameter == "body.display_names")
        #expect(error?.rule == .maxItems(6))
    }

    /// `uniqueItems: true` (no scenario of the server: checked before sending).
    @Test func displayNamesAreUnique() async {
        await expectInvalid("body.display_names", .uniqueItems, value: "items 0 and 1 are equal", operation: "validationOfBody") {
            try await client.redis.validationOfBody(resourceGroupName: "123", id: 150, body: product(displayNames: ["a", "a"]))
        }
    }

    /// `http://\w+`, unanchored.
    @Test func imagePattern() async {
        await expectInvalid("body.image", .pattern(#"http://\w+"#), value: "ftp://example", operation: "validationOfBody") {
            try await client.redis.validationOfBody(resourceGroupName: "123", id: 150, body: product(image: "ftp://example"))
        }
    }

    @Test func validBodyIsSent() async {
        let error = await #expect(throws: ServiceError.self) {
            _ = try await client.redis.validationOfBody(resourceGroupName: "123", id: 150,
                                                        body: product(displayNames: ["a", "b"], capacity: 50, image: "http://example"))
        }
        #expect(error?.status == 404)
    }
}
