import AcceptanceSupport
import Foundation
import HttpInfrastructure
import SpecGenRuntime
import Testing

/// httpInfrastructure.json: `/http/*`: success statuses of every method, redirects, client and
/// server failures, retried failures (the server fails once, then answers 200 to the request that
/// carries its `tries` cookie), and `/http/payloads/*`: which status decodes which model.
@Suite struct HttpInfrastructureTests {
    let client = HttpInfrastructureClient(endpoint: TestServer.url, options: TestServer.options)

    /// Runs `call` and checks that it throws `ServiceError` with `status`.
    func expectServiceError(_ status: Int, sourceLocation: SourceLocation = #_sourceLocation,
                            _ call: () async throws -> Void) async {
        let error = await #expect(throws: ServiceError.self, sourceLocation: sourceLocation) { try await call() }
        #expect(error?.status == status, sourceLocation: sourceLocation)
    }

    // MARK: - Success

    /// (OPTIONS /http/success/200 is no scenario: the server has no such route and Express answers
    /// its own text `Allow` list, so `options200` is not called.)
    @Test func success200() async throws {
        try await client.httpSuccess.head200()
        #expect(try await client.httpSuccess.get200() == true)
        try await client.httpSuccess.put200(body: true)
        try await client.httpSuccess.patch200(body: true)
        try await client.httpSuccess.post200(body: true)
        try await client.httpSuccess.delete200(body: true)
    }

    @Test func success201() async throws {
        try await client.httpSuccess.put201(body: true)
        try await client.httpSuccess.post201(body: true)
    }

    @Test func success202() async throws {
        try await client.httpSuccess.put202(body: true)
        try await client.httpSuccess.patch202(body: true)
        try await client.httpSuccess.post202(body: true)
        try await client.httpSuccess.delete202(body: true)
    }

    @Test func success204() async throws {
        try await client.httpSuccess.head204()
        try await client.httpSuccess.put204(body: true)
        try await client.httpSuccess.patch204(body: true)
        try await client.httpSuccess.post204(body: true)
        try await client.httpSuccess.delete204(body: true)
    }

    /// HEAD documenting 204 and 404: whether the resource exists.
    @Test func head404IsFalse() async throws {
        #expect(try await client.httpSuccess.head404() == false)
    }

    // MARK: - Redirects
    //
    // The pipeline follows 301, 302, 303, 307 and 308 of a GET or HEAD itself (the transport
    // follows none); any other redirect is the answer, here a documented one: its `Location`
    // header comes back. The server counts each scenario on the first request.

    /// 300 is not followed: HEAD answers its headers, GET the listed locations (the 300's body).
    @Test func redirect300IsTheAnswer() async throws {
        #expect(try await client.httpRedirects.head300()?.location?.absoluteString == "/http/success/head/200")
        #expect(try await client.httpRedirects.get300() == ["/http/success/get/200"])
    }

    /// GET and HEAD follow 301/302 to `/http/success/{method}/200`, whose 200 has no headers to return.
    @Test func redirect301And302OfGetAndHeadAreFollowed() async throws {
        #expect(try await client.httpRedirects.head301() == nil)
        #expect(try await client.httpRedirects.get301() == nil)
        #expect(try await client.httpRedirects.head302() == nil)
        #expect(try await client.httpRedirects.get302() == nil)
    }

    /// A 301 of a PUT is not followed (its Location, `/http/failure/500`, would answer 404): the
    /// documented 301 comes back, as the Azure SDKs do.
    @Test func redirect301OfPutIsNotFollowed() async throws {
        #expect(try await client.httpRedirects.put301(body: true).location?.absoluteString == "/http/failure/500")
    }

    /// Same for a 302 of a PATCH.
    @Test func redirect302OfPatchIsNotFollowed() async throws {
        #expect(try await client.httpRedirects.patch302(body: true).location?.absoluteString == "/http/failure/500")
    }

    /// 303 after a POST: not followed by this pipeline (only GET and HEAD are); the documented 303
    /// and its `Location` (a GET of `/http/success/get/200`) come back.
    @Test func redirect303OfPostIsTheAnswer() async throws {
        #expect(try await client.httpRedirects.post303(body: true)?.location?.absoluteString == "/http/success/get/200")
    }

    /// 307 of GET and HEAD is followed (200, no headers); of any other method it is the answer.
    @Test func redirect307() async throws {
        #expect(try await client.httpRedirects.head307() == nil)
        #expect(try await client.httpRedirects.get307() == nil)
        #expect(try await client.httpRedirects.options307()?.location?.absoluteString == "/http/success/options/200")
        #expect(try await client.httpRedirects.put307(body: true)?.location?.absoluteString == "/http/success/put/200")
        #expect(try await client.httpRedirects.patch307(body: true)?.location?.absoluteString == "/http/success/patch/200")
        #expect(try await client.httpRedirects.post307(body: true)?.location?.absoluteString == "/http/success/post/200")
        #expect(try await client.httpRedirects.delete307(body: true)?.location?.absoluteString == "/http/success/delete/200")
    }

    // MARK: - Client failures

    @Test func clientFailure400OfEveryMethod() async {
        await expectServiceError(400) { try await client.httpClientFailure.head400() }
        await expectServiceError(400) { try await client.httpClientFailure.get400() }
        await expectServiceError(400) { try await client.httpClientFailure.options400() }
        await expectServiceError(400) { try await client.httpClientFailure.put400(body: true) }
        await expectServiceError(400) { try await client.httpClientFailure.patch400(body: true) }
        await expectServiceError(400) { try await client.httpClientFailure.post400(body: true) }
        await expectServiceError(400) { try await client.httpClientFailure.delete400(body: true) }
    }

    @Test func clientFailures401To417() async {
        await expectServiceError(401) { try await client.httpClientFailure.head401() }
        await expectServiceError(402) { try await client.httpClientFailure.get402() }
        await expectServiceError(403) { try await client.httpClientFailure.options403() }
        await expectServiceError(403) { try await client.httpClientFailure.get403() }
        await expectServiceError(404) { try await client.httpClientFailure.put404(body: true) }
        await expectServiceError(405) { try await client.httpClientFailure.patch405(body: true) }
        await expectServiceError(406) { try await client.httpClientFailure.post406(body: true) }
        await expectServiceError(407) { try await client.httpClientFailure.delete407(body: true) }
        await expectServiceError(409) { try await client.httpClientFailure.put409(body: true) }
        await expectServiceError(410) { try await client.httpClientFailure.head410() }
        await expectServiceError(411) { try await client.httpClientFailure.get411() }
        await expectServiceError(412) { try await client.httpClientFailure.options412() }
        await expectServiceError(412) { try await client.httpClientFailure.get412() }
        await expectServiceError(413) { try await client.httpClientFailure.put413(body: true) }
        await expectServiceError(414) { try await client.httpClientFailure.patch414(body: true) }
        await expectServiceError(415) { try await client.httpClientFailure.post415(body: true) }
        await expectServiceError(416) { try await client.httpClientFailure.get416() }
        await expectServiceError(417) { try await client.httpClientFailure.delete417(body: true) }
    }

    /// 429 is retried (the server keeps answering 429), then thrown.
    @Test func clientFailure429IsThrownAfterRetries() async {
        await expectServiceError(429) { try await client.httpClientFailure.head429() }
    }

    // MARK: - Server failures

    @Test func serverFailures() async {
        await expectServiceError(501) { try await client.httpServerFailure.head501() }
        await expectServiceError(501) { try await client.httpServerFailure.get501() }
        await expectServiceError(505) { try await client.httpServerFailure.post505(body: true) }
        await expectServiceError(505) { try await client.httpServerFailure.delete505(body: true) }
    }

    // MARK: - Retries

    @Test func retry408Head() async throws {
        try await client.httpRetry.head408()
    }

    @Test func retry500PutAndPatch() async throws {
        try await client.httpRetry.put500(body: true)
        try await client.httpRetry.patch500(body: true)
    }

    @Test func retry502Get() async throws {
        try await client.httpRetry.get502()
    }

    /// The contract says the 200 carries `true`, but the server's retried 200 has no body: the
    /// retry happened (the error is about a 200) and the missing body breaks the contract.
    @Test func retry502OptionsReachesA200WithoutTheDocumentedBody() async throws {
        let error = try await #require(throws: ResponseDecodingError.self) { _ = try await client.httpRetry.options502() }
        #expect(error.status == 200)
    }

    @Test func retry503PostAndDelete() async throws {
        try await client.httpRetry.post503(body: true)
        try await client.httpRetry.delete503(body: true)
    }

    @Test func retry504PutAndPatch() async throws {
        try await client.httpRetry.put504(body: true)
        try await client.httpRetry.patch504(body: true)
    }

    // MARK: - Error bodies

    @Test func emptyErrorBody() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.httpFailure.getEmptyError() }
        #expect(error.status == 400)
        #expect(error.message == "")
        #expect(try error.decodeBody(as: ErrorModel.self) == ErrorModel(message: ""))
    }

    /// No error model in the contract: the message still comes through, from the raw body.
    @Test func errorWithoutModel() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.httpFailure.getNoModelError() }
        #expect(error.status == 400)
        #expect(error.isDocumented == false)
        #expect(error.message == "NoErrorModel")
    }

    @Test func errorWithoutModelOrBody() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.httpFailure.getNoModelEmpty() }
        #expect(error.status == 400)
        #expect(error.rawBody.isEmpty)
    }

    // Model A is named `MyException` by its `x-ms-client-name`.

    // MARK: - Multiple responses: 200 A, 204 none, default Error (A)

    @Test func scenarioA200DecodesModel() async throws {
        #expect(try await client.multipleResponses.get200Model204NoModelDefaultError200Valid() == MyException(statusCode: "200"))
    }

    @Test func scenarioA204HasNoModel() async throws {
        #expect(try await client.multipleResponses.get200Model204NoModelDefaultError204Valid() == nil)
    }

    /// 201 and 202 are not documented: the `default`, an error, whatever the body.
    @Test func scenarioAUndocumentedSuccessStatusesThrow() async {
        await expectServiceError(201) { _ = try await client.multipleResponses.get200Model204NoModelDefaultError201Invalid() }
        await expectServiceError(202) { _ = try await client.multipleResponses.get200Model204NoModelDefaultError202None() }
    }

    @Test func scenarioA400DecodesErrorModel() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.multipleResponses.get200Model204NoModelDefaultError400Valid() }
        #expect(error.status == 400)
        #expect(try error.decodeBody(as: ErrorModel.self) == ErrorModel(message: "client error"))
    }

    // MARK: - Multiple responses: 200 A, 201 B, default Error (B)

    @Test func scenarioB200DecodesA() async throws {
        let response = try await client.multipleResponses.get200Model201ModelDefaultError200Valid()
        guard case .ok(let body) = response else { Issue.record("expected 200, got \(response)"); return }
        #expect(body == MyException(statusCode: "200"))
    }

    @Test func scenarioB201DecodesB() async throws {
        let response = try await client.multipleResponses.get200Model201ModelDefaultError201Valid()
        guard case .created(let body) = response else { Issue.record("expected 201, got \(response)"); return }
        #expect(body == B(statusCode: "201", textStatusCode: "Created"))
    }

    @Test func scenarioB400Throws() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.multipleResponses.get200Model201ModelDefaultError400Valid() }
        #expect(error.status == 400)
        #expect(error.message == "client error")
    }

    // MARK: - Multiple responses: 200 A, 201 C, 404 D, default Error (C)

    @Test func scenarioC200DecodesA() async throws {
        let response = try await client.multipleResponses.get200ModelA201ModelC404ModelDDefaultError200Valid()
        guard case .ok(let body) = response else { Issue.record("expected 200, got \(response)"); return }
        #expect(body == MyException(statusCode: "200"))
    }

    @Test func scenarioC201DecodesC() async throws {
        let response = try await client.multipleResponses.get200ModelA201ModelC404ModelDDefaultError201Valid()
        guard case .created(let body) = response else { Issue.record("expected 201, got \(response)"); return }
        #expect(body == C(httpCode: "201"))
    }

    /// 404 is documented with its own model: a result, not an error.
    @Test func scenarioC404DecodesD() async throws {
        let response = try await client.multipleResponses.get200ModelA201ModelC404ModelDDefaultError404Valid()
        guard case .status404(let body) = response else { Issue.record("expected 404, got \(response)"); return }
        #expect(body == D(httpStatusCode: "404"))
    }

    @Test func scenarioC400Throws() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.multipleResponses.get200ModelA201ModelC404ModelDDefaultError400Valid() }
        #expect(error.status == 400)
        #expect(try error.decodeBody(as: ErrorModel.self) == ErrorModel(message: "client error"))
    }

    // MARK: - Multiple responses: 202 none, 204 none, default Error (D) / default none (E)

    @Test func scenarioD202And204() async throws {
        try await client.multipleResponses.get202None204NoneDefaultError202None()
        try await client.multipleResponses.get202None204NoneDefaultError204None()
    }

    @Test func scenarioD400Throws() async throws {
        let error = try await #require(throws: ServiceError.self) { try await client.multipleResponses.get202None204NoneDefaultError400Valid() }
        #expect(error.status == 400)
        #expect(error.message == "client error")
    }

    /// A body on a status documented without one is ignored.
    @Test func scenarioE202BodyIsIgnored() async throws {
        try await client.multipleResponses.get202None204NoneDefaultNone202Invalid()
        try await client.multipleResponses.get202None204NoneDefaultNone204None()
    }

    @Test func scenarioE400Throws() async {
        await expectServiceError(400) { try await client.multipleResponses.get202None204NoneDefaultNone400None() }
        await expectServiceError(400) { try await client.multipleResponses.get202None204NoneDefaultNone400Invalid() }
    }

    // MARK: - Multiple responses: 200 A only (F, here: the 200 is documented)

    @Test func scenarioF200DecodesA() async throws {
        #expect(try await client.multipleResponses.getDefaultModelA200Valid() == MyException(statusCode: "200"))
    }

    /// A 200 documented with a model but sent without a body breaks the contract.
    @Test func scenarioF200WithoutBodyIsADecodingError() async {
        await #expect(throws: ResponseDecodingError.self) { _ = try await client.multipleResponses.getDefaultModelA200None() }
    }

    @Test func scenarioF400Throws() async {
        await expectServiceError(400) { try await client.multipleResponses.getDefaultModelA400Valid() }
        await expectServiceError(400) { try await client.multipleResponses.getDefaultModelA400None() }
    }

    // MARK: - Multiple responses: 200 none, default none (G)

    @Test func scenarioG200() async throws {
        try await client.multipleResponses.getDefaultNone200Invalid()
        try await client.multipleResponses.getDefaultNone200None()
    }

    @Test func scenarioG400Throws() async {
        await expectServiceError(400) { try await client.multipleResponses.getDefaultNone400Invalid() }
        await expectServiceError(400) { try await client.multipleResponses.getDefaultNone400None() }
    }

    // MARK: - Multiple responses: 200 A only, no default (H)

    @Test func scenarioH200DecodesA() async throws {
        #expect(try await client.multipleResponses.get200ModelA200Valid() == MyException(statusCode: "200"))
    }

    /// Unknown members are ignored; `statusCode` is optional.
    @Test func scenarioH200UnknownMembersAreIgnored() async throws {
        #expect(try await client.multipleResponses.get200ModelA200Invalid() == MyException(statusCode: nil))
    }

    @Test func scenarioH200WithoutBodyIsADecodingError() async {
        await #expect(throws: ResponseDecodingError.self) { _ = try await client.multipleResponses.get200ModelA200None() }
    }

    /// Undocumented statuses throw, flagged as undocumented.
    @Test func scenarioHUndocumentedStatusesThrow() async throws {
        let multipleResponses = client.multipleResponses
        for call in [{ _ = try await multipleResponses.get200ModelA400None() }, { _ = try await multipleResponses.get200ModelA400Valid() },
                     { _ = try await multipleResponses.get200ModelA400Invalid() }] {
            let error = try await #require(throws: ServiceError.self) { try await call() }
            #expect(error.status == 400)
            #expect(error.isDocumented == false)
        }
        let accepted = try await #require(throws: ServiceError.self) { _ = try await client.multipleResponses.get200ModelA202Valid() }
        #expect(accepted.status == 202)
        #expect(accepted.isDocumented == false)
    }
}
