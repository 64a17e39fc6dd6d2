import AcceptanceSupport
import Foundation
import ModelFlattening
import SpecGenRuntime
import Testing

/// model-flattening.json: `/model-flatten/*`. `x-ms-client-flatten` members are stored as on the
/// wire (`properties`, `details`) and also read through accessors on the parent (`pName`,
/// `maxProductDisplayName`); a flattened body parameter is passed as the model itself.
@Suite struct ModelFlatteningTests {
    let client = ModelFlatteningClient(endpoint: TestServer.url, options: TestServer.options)
    var flatten: OperationsClient { client.operations }

    static let tags = ["tag1": "value1", "tag2": "value3"]

    /// The first resource of each collection the server returns: every member set.
    func expectFullResource(_ product: FlattenedProduct?, id: String, name: String, productName: String) {
        #expect(product?.id == id)
        #expect(product?.name == name)
        #expect(product?.type == "Microsoft.Web/sites")
        #expect(product?.location == "Building 44")
        #expect(product?.tags == Self.tags)
        // Flattened from `properties`:
        #expect(product?.pName == productName)
        #expect(product?.propertiesType == "Flat")
        #expect(product?.provisioningState == "Succeeded")
        #expect(product?.provisioningStateValues == .ok)
    }

    /// The other resources: only some members, no `properties`.
    func expectPartialResource(_ product: FlattenedProduct?, id: String, name: String, location: String?) {
        #expect(product?.id == id)
        #expect(product?.name == name)
        #expect(product?.location == location)
        #expect(product?.tags == nil)
        #expect(product?.properties == nil)
        #expect(product?.pName == nil)
    }

    @Test func arrayOfFlattenedResourcesIsRead() async throws {
        let products = try await flatten.getArray()
        try #require(products.count == 3)
        expectFullResource(products[0], id: "1", name: "Resource1", productName: "Product1")
        expectPartialResource(products[1], id: "2", name: "Resource2", location: "Building 44")
        expectPartialResource(products[2], id: "3", name: "Resource3", location: nil)
    }

    @Test func arrayOfResourcesIsWritten() async throws {
        try await flatten.putArray(body: [Resource(tags: Self.tags, location: "West US"), Resource(location: "Building 44")])
    }

    @Test func dictionaryOfFlattenedResourcesIsRead() async throws {
        let products = try await flatten.getDictionary()
        #expect(products.keys.sorted() == ["Product1", "Product2", "Product3"])
        expectFullResource(products["Product1"], id: "1", name: "Resource1", productName: "Product1")
        expectPartialResource(products["Product2"], id: "2", name: "Resource2", location: "Building 44")
        expectPartialResource(products["Product3"], id: "3", name: "Resource3", location: nil)
    }

    static let dictionaryBody = [
        "Resource1": FlattenedProduct(tags: tags, location: "West US", properties: FlattenedProductProperties(pName: "Product1", type: "Flat")),
        "Resource2": FlattenedProduct(location: "Building 44", properties: FlattenedProductProperties(pName: "Product2", type: "Flat")),
    ]

    /// The flattened members go out nested in `properties`, with their wire names (`p.name`).
    @Test func dictionaryOfFlattenedResourcesIsWritten() async throws {
        try await flatten.putDictionary(body: Self.dictionaryBody)
    }

    @Test func resourceCollectionIsRead() async throws {
        let collection = try await flatten.getResourceCollection()
        let array = try #require(collection.arrayofresources)
        try #require(array.count == 3)
        expectFullResource(array[0], id: "4", name: "Resource4", productName: "Product4")
        expectPartialResource(array[1], id: "5", name: "Resource5", location: "Building 44")
        expectPartialResource(array[2], id: "6", name: "Resource6", location: nil)
        let dictionary = try #require(collection.dictionaryofresources)
        #expect(dictionary.keys.sorted() == ["Product1", "Product2", "Product3"])
        expectFullResource(dictionary["Product1"], id: "1", name: "Resource1", productName: "Product1")
        expectPartialResource(collection.productresource, id: "7", name: "Resource7", location: "Building 44")
    }

    @Test func resourceCollectionIsWritten() async throws {
        try await flatten.putResourceCollection(body: ResourceCollection(
            productresource: FlattenedProduct(location: "India", properties: FlattenedProductProperties(pName: "Azure", type: "Flat")),
            arrayofresources: [
                FlattenedProduct(tags: Self.tags, location: "West US", properties: FlattenedProductProperties(pName: "Product1", type: "Flat")),
                FlattenedProduct(location: "East US", properties: FlattenedProductProperties(pName: "Product2", type: "Flat")),
            ],
            dictionaryofresources: Self.dictionaryBody))
    }

    static func simpleProduct(genericValue: String?) -> SimpleProduct {
        SimpleProduct(productId: "123", description: "product description", details: SimpleProductProperties(
            maxProductDisplayName: "max name",
            maxProductImage: ProductUrl(genericValue: genericValue, odataValue: "http://foo")))
    }

    /// A model flattened on the model (`details`), with an inherited member (`generic_value`).
    @Test func flattenedModelRoundTrips() async throws {
        let product = try await flatten.putSimpleProduct(body: Self.simpleProduct(genericValue: "https://generic"))
        #expect(product == Self.simpleProduct(genericValue: "https://generic"))
        #expect(product.maxProductDisplayName == "max name")
        // `max_product_capacity` is the required one-value enum ["Large"]: a `let` constant.
        #expect(product.capacity == "Large")
        #expect(product.odataValue == "http://foo")
        #expect(product.genericValue == "https://generic")
    }

    /// A body parameter flattened with `x-ms-client-flatten` on the parameter: the model is passed
    /// whole (not as one parameter per member, as AutoRest's clients do) and sent unchanged.
    @Test func flattenedBodyParameterIsSent() async throws {
        let product = try await flatten.postFlattenedSimpleProduct(body: Self.simpleProduct(genericValue: nil))
        #expect(product == Self.simpleProduct(genericValue: nil))
    }

    /// `x-ms-parameter-grouping`: `name` and the body are members of one `FlattenParameterGroup`
    /// argument; the request is the one the scenario expects.
    @Test func groupedParametersAreSent() async throws {
        let group = FlattenParameterGroup(name: "groupproduct", body: Self.simpleProduct(genericValue: nil))
        let product = try await flatten.putSimpleProductWithGrouping(flattenParameterGroup: group)
        #expect(product == Self.simpleProduct(genericValue: nil))
    }

    // putWrappedArray / getWrappedArray have no route on the server (upstream: "no need to have a
    // route", they only check that a flattened type referenced from an array is generated).
}
