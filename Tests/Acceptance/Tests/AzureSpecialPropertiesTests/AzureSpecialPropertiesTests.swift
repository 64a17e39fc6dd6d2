import AcceptanceSupport
import AzureSpecialProperties
import Foundation
import SpecGenRuntime
import Testing

/// azure-special-properties.json: `subscriptionId` and `api-version` as client parameters (the
/// swagger's global parameters) or method parameters, constant local api-versions,
/// `x-ms-skip-url-encoding` in path and query, `x-ms-odata`, `x-ms-client-request-id` (sent by the
/// pipeline, overridden by a parameter) and custom-named request ids (`x-ms-client-request-id` on
/// another header name), whose echoed `foo-request-id` the typed headers expose.
@Suite struct AzureSpecialPropertiesTests {
    static let subscriptionID = "1234-5678-9012-3456"
    static let requestID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"

    let client = AzureSpecialPropertiesClient(subscriptionId: subscriptionID, endpoint: TestServer.url, options: TestServer.options)

    /// Runs `call`, expecting `ServiceError` with `status`.
    @discardableResult
    func expectServiceError(_ status: Int, sourceLocation: SourceLocation = #_sourceLocation,
                            _ call: () async throws -> Void) async -> ServiceError? {
        let error = await #expect(throws: ServiceError.self, sourceLocation: sourceLocation) { try await call() }
        #expect(error?.status == status, sourceLocation: sourceLocation)
        return error
    }

    // MARK: - subscriptionId (the server compares the path's last segment with the one before it)

    /// The global `subscriptionId` is the client's, whether the operation lists it, the path
    /// item does, or the swagger's parameters do.
    @Test func subscriptionIdFromTheClient() async throws {
        try await client.subscriptionInCredentials.postMethodGlobalValid()
        try await client.subscriptionInCredentials.postMethodGlobalNotProvidedValid()
        try await client.subscriptionInCredentials.postPathGlobalValid()
        try await client.subscriptionInCredentials.postSwaggerGlobalValid()
    }

    /// A local `subscriptionId` is a method parameter.
    @Test func subscriptionIdAsMethodParameter() async throws {
        try await client.subscriptionInMethod.postMethodLocalValid(subscriptionId: Self.subscriptionID)
        try await client.subscriptionInMethod.postPathLocalValid(subscriptionId: Self.subscriptionID)
        try await client.subscriptionInMethod.postSwaggerLocalValid(subscriptionId: Self.subscriptionID)
    }

    /// `/global/null/{subscriptionId}` and `/local/null/{subscriptionId}` expect the subscription
    /// "null", which AutoRest's clients refuse to send (a required path parameter cannot be null):
    /// with a real subscription id the server answers 400. (No scenario of the server's count.)
    @Test func nullSubscriptionPathsRejectARealSubscription() async throws {
        await expectServiceError(400) { try await client.subscriptionInCredentials.postMethodGlobalNull() }
        await expectServiceError(400) { try await client.subscriptionInMethod.postMethodLocalNull(subscriptionId: Self.subscriptionID) }
    }

    // MARK: - api-version (the server compares the query's api-version with the path's last segment)

    /// The global `api-version` (2015-07-01-preview) is the client's.
    @Test func apiVersionFromTheClient() async throws {
        try await client.apiVersionDefault.getMethodGlobalValid()
        try await client.apiVersionDefault.getMethodGlobalNotProvidedValid()
        try await client.apiVersionDefault.getPathGlobalValid()
        try await client.apiVersionDefault.getSwaggerGlobalValid()
    }

    /// A local `api-version` with `enum: ["2.0"]` is a constant of the operation.
    @Test func localConstantApiVersion() async throws {
        try await client.apiVersionLocal.getMethodLocalValid()
        try await client.apiVersionLocal.getPathLocalValid()
        try await client.apiVersionLocal.getSwaggerLocalValid()
    }

    /// A local, optional `api-version` left out: no query at all.
    @Test func optionalLocalApiVersionLeftOut() async throws {
        try await client.apiVersionLocal.getMethodLocalNull()
        let built = try ApiVersionLocal.GetMethodLocalNull().makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(built.request.path?.contains("?") == false)
    }

    // MARK: - x-ms-skip-url-encoding

    /// `path1/path2/path3` goes into the path as it is (not `path1%2Fpath2%2Fpath3`).
    @Test func unencodedPathParameter() async throws {
        try await client.skipUrlEncoding.getMethodPathValid(unencodedPathParam: "path1/path2/path3")
        try await client.skipUrlEncoding.getPathPathValid(unencodedPathParam: "path1/path2/path3")
        try await client.skipUrlEncoding.getSwaggerPathValid()
    }

    /// `value1&q2=value2&q3=value3` goes into the query as it is: the server reads q1, q2 and q3.
    @Test func unencodedQueryParameter() async throws {
        try await client.skipUrlEncoding.getMethodQueryValid(q1: "value1&q2=value2&q3=value3")
        try await client.skipUrlEncoding.getPathQueryValid(q1: "value1&q2=value2&q3=value3")
        try await client.skipUrlEncoding.getSwaggerQueryValid()
    }

    /// An optional unencoded query parameter left out is not sent.
    @Test func unencodedQueryParameterLeftOut() async throws {
        try await client.skipUrlEncoding.getMethodQueryNull(q1: nil)
    }

    // MARK: - x-ms-odata

    @Test func odataFilterTopOrderby() async throws {
        try await client.odata.getWithFilter(filter: "id gt 5 and name eq 'foo'", top: 10, orderby: "id")
    }

    // MARK: - Client request ids

    /// `x-ms-client-request-id` as an operation parameter replaces the pipeline's own.
    @Test func clientRequestIdViaParameter() async throws {
        try await client.xMsClientRequestId.paramGet(xMsClientRequestId: Self.requestID)
    }

    /// The pipeline's own `x-ms-client-request-id` (a fresh id) is not the one the server wants:
    /// 400, and the error carries the service's `x-ms-request-id` (123).
    @Test func serviceRequestIdIsInTheError() async throws {
        let error = await expectServiceError(400) { try await client.xMsClientRequestId.get() }
        #expect(error?.requestID == "123")
    }

    /// One call's id, given in its `RequestOptions`, replaces the pipeline's fresh one.
    @Test func clientRequestIdForOneCall() async throws {
        try await client.xMsClientRequestId.get(requestOptions: RequestOptions(clientRequestID: Self.requestID))
    }

    /// A call can send no `x-ms-client-request-id` at all.
    @Test func noClientRequestId() async throws {
        try await client.xMsClientRequestId.get(requestOptions: RequestOptions(sendsClientRequestID: false))
    }

    /// `x-ms-client-request-id` on the header `foo-client-request-id`; the answer's
    /// `foo-request-id` (`x-ms-request-id` renamed) is exposed.
    @Test func customNamedRequestId() async throws {
        let headers = try await client.header.customNamedRequestId(fooClientRequestId: Self.requestID)
        #expect(headers.fooRequestId == "123")
    }

    @Test func customNamedRequestIdInAParameterGroup() async throws {
        let group = HeaderCustomNamedRequestIdParamGroupingParameters(fooClientRequestId: Self.requestID)
        let headers = try await client.header.customNamedRequestIdParamGrouping(headerCustomNamedRequestIdParamGroupingParameters: group)
        #expect(headers.fooRequestId == "123")
    }

    /// The HEAD variant answers 200 (exists) when the id is right, 400 otherwise.
    @Test func customNamedRequestIdHead() async throws {
        #expect(try await client.header.customNamedRequestIdHead(fooClientRequestId: Self.requestID) == true)
        await expectServiceError(400) { _ = try await client.header.customNamedRequestIdHead(fooClientRequestId: "wrong") }
    }
}
