import Foundation
import HTTPTypes
import Naming
import Shapes
import SpecGenRuntime
import Testing
import Zoo

/// What the generated code does with the constructs the fixture contracts exercise.
@Suite struct PolymorphismTests {
    let json = #"{"name":"z","star":{"kind":"Microsoft.Cat","name":"tom","lives":9},"animals":[{"kind":"Puppy","name":"bit","goodBoy":false,"ageInWeeks":8},{"kind":"Bird","name":"tweety","wingspan":12.5}]}"#

    @Test func decodesEachSubtypeByItsDiscriminatorValue() throws {
        let zoo = try JSONCoding.decode(Zoo.self, from: Data(json.utf8))
        guard case .cat(let cat)? = zoo.star else { Issue.record("star is \(String(describing: zoo.star))"); return }
        #expect(cat.lives == 9)
        guard case .puppy(let puppy)? = zoo.animals?.first else { Issue.record("first animal is not a puppy"); return }
        #expect(puppy.ageInWeeks == 8)
        #expect(puppy.goodBoy == false)
    }

    @Test func unknownDiscriminatorKeepsTheBaseAndTheRawJSON() throws {
        let zoo = try JSONCoding.decode(Zoo.self, from: Data(json.utf8))
        guard case .unknown(let base, let raw)? = zoo.animals?.last else { Issue.record("bird is not unknown"); return }
        #expect(base.kind == "Bird")
        #expect(base.name == "tweety")
        #expect(raw["wingspan"] == .number(12.5))
        let reencoded = try JSONValue.parse(JSONCoding.encode(zoo))
        #expect(reencoded == (try JSONValue.parse(Data(json.utf8))))
    }

    @Test func subtypeInitializerSetsTheDiscriminator() throws {
        #expect(Cat(name: "tom").kind == "Microsoft.Cat")
        let encoded = try JSONValue.parse(JSONCoding.encode(AnyAnimal.cat(Cat(lives: 3))))
        #expect(encoded["kind"] == .string("Microsoft.Cat"))
    }

    @Test func subtypeConstraintsAreValidatedThroughTheBase() throws {
        let error = try #require(throws: ValidationError.self) {
            try Zoos.CreateOrUpdate(zooName: "z", body: Zoo(star: .cat(Cat(lives: 10))), apiVersion: "2030-01-01")
        }
        #expect(error.parameter == "zoo.star.lives")
        #expect(error.rule == .maximum("9", exclusive: false))
    }
}

@Suite struct ShapesTests {
    @Test func undeclaredMembersAreKeptAndWrittenBack() throws {
        let thing = try JSONCoding.decode(Thing.self, from: Data(#"{"id":"x","extraMember":"kept","other":"too"}"#.utf8))
        #expect(thing.additionalProperties == ["extraMember": "kept", "other": "too"])
        let encoded = try JSONValue.parse(JSONCoding.encode(thing))
        #expect(encoded == .object(["id": .string("x"), "extraMember": .string("kept"), "other": .string("too")]))
    }

    @Test func sealedEnumRefusesAnUnknownValueNamingIt() throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONCoding.decode(Thing.self, from: Data(#"{"color":"Blue"}"#.utf8))
        }
        #expect("\(error)".contains("Blue"))
        #expect(try JSONCoding.decode(Thing.self, from: Data(#"{"color":""}"#.utf8)).color == .empty)
    }

    @Test func int64BeyondDoublePrecisionAndBase64RoundTrip() throws {
        let thing = try JSONCoding.decode(Thing.self, from: Data(#"{"big":9007199254740993,"blob":"aGVsbG8="}"#.utf8))
        #expect(thing.big == 9_007_199_254_740_993)
        #expect(thing.blob == Data("hello".utf8))
        #expect(String(decoding: try JSONCoding.encode(thing), as: UTF8.self).contains("9007199254740993"))
    }

    @Test func selfContainingModelsAreBoxed() throws {
        var node = TreeNode(value: "leaf", parent: TreeNode(value: "root"))
        #expect(node.parent?.value == "root")
        let decoded = try JSONCoding.decode(TreeNode.self, from: JSONCoding.encode(node))
        #expect(decoded == node)
        // A boxed member keeps value semantics: changing one copy leaves the other alone.
        let copy = node
        node.parent?.value = "changed"
        #expect(node.parent?.value == "changed" && copy.parent?.value == "root")
        #expect(node != copy)
    }

    @Test func skipEncodingHeadersArraysAndBasePath() throws {
        let put = try Things.Put(scope: "subscriptions/1/resourceGroups/rg", name: "a b", body: Thing(),
                                 ifMatch: "*", ids: ["a", "b"], tags: ["x", "y"], level: ThingsPutLevel(rawValue: 2))
        let (request, _) = try put.makeRequest()
        #expect(request.path == "/api/subscriptions/1/resourceGroups/rg/things/a%20b?ids=a%2Cb&tags=x&tags=y&level=2")
        #expect(request.headerFields[HTTPField.Name("If-Match")!] == "*")
        let (head, body) = try Things.Exists(scope: "tenants/t", thingName: "x").makeRequest()
        #expect(head.method == .head)
        #expect(body == nil)
    }

    @Test func errorResponseStatusesThrow() throws {
        #expect(throws: ServiceError.self) {
            try Things.Exists.Response(response: HTTPResponse(status: .notFound), body: Data())
        }
        // A default-only operation: any 2xx is its success, in the default schema; the rest throw.
        #expect(throws: ServiceError.self) {
            try Failures.Get.Response(response: HTTPResponse(status: .internalServerError), body: Data())
        }
        guard case .success = try Failures.Get.Response(response: HTTPResponse(status: .ok), body: Data("{}".utf8)) else {
            Issue.record("a 200 of a default-only operation is its success")
            return
        }
    }
}

/// `format: date` and `format: duration` as the runtime's `CivilDate` and `ISO8601Duration`.
@Suite struct DateAndDurationTests {
    @Test func defaultsPathQueryAndHeaderCarryTheWireText() throws {
        let put = try Plans.Put(day: CivilDate(year: 2024, month: 2, day: 29), body: Plan(start: CivilDate(year: 2024, month: 2, day: 29)),
                                since: CivilDate(year: 1492, month: 10, day: 12), ttl: ISO8601Duration(days: -1))
        #expect(put.every == ISO8601Duration(hours: 1, minutes: 30))
        let (request, body) = try put.makeRequest()
        #expect(request.path == "/api/plans/2024-02-29?every=PT1H30M&fine=PT0.123456789012345678S&since=1492-10-12")
        #expect(request.headerFields[HTTPField.Name("ttl")!] == "-P1D")
        #expect(body.map { String(decoding: $0, as: UTF8.self) } == #"{"start":"2024-02-29"}"#)
    }

    @Test func responsesAndHeadersDecodeStrictly() throws {
        let fields: HTTPFields = [HTTPField.Name("Retry-In")!: "PT90M", HTTPField.Name("Valid-Until")!: "2024-03-01"]
        let json = #"{"start":"2024-02-29","every":"P5DT1H0M0S","windows":{"night":"PT8H"}}"#
        guard case .ok(let plan, let headers) = try Plans.Put.Response(response: HTTPResponse(status: .ok, headerFields: fields), body: Data(json.utf8)) else {
            Issue.record("200 is ok")
            return
        }
        #expect(plan.every == ISO8601Duration(days: 5, hours: 1))
        #expect(plan.windows?["night"]?.duration == .seconds(8 * 3_600))
        #expect(headers.retryIn?.description == "PT1H30M")
        #expect(headers.validUntil == CivilDate(year: 2024, month: 3, day: 1))
        #expect(throws: ResponseDecodingError.self) {
            try Plans.Put.Response(response: HTTPResponse(status: .ok), body: Data(#"{"start":"2024-02-30"}"#.utf8))
        }
    }
}

@Suite struct NamingTests {
    @Test func hazardousNamesCompileAndKeepTheirWireNames() throws {
        var data = DataModel()
        data.default = "d"
        data.protocol = "p"
        data.selfValue = "s"
        data.fooBar = "1"
        data.fooBar2 = "2"
        data.v3d = "3"
        let encoded = try JSONValue.parse(JSONCoding.encode(data))
        #expect(encoded == .object(["default": .string("d"), "protocol": .string("p"), "self": .string("s"),
                                    "foo_bar": .string("1"), "fooBar": .string("2"), "3d": .string("3")]))
    }

    @Test func extensibleEnumsNamedLikeTheRuntimesTypeAndItsTagStayApart() throws {
        var data = DataModel()
        data.tag = .red
        data.kind = .one
        let encoded = try JSONValue.parse(JSONCoding.encode(data))
        #expect(encoded == .object(["tag": .string("red"), "kind": .string("one")]))
        let decoded = try JSONCoding.decode(DataModel.self, from: Data(#"{"tag": "purple", "kind": "one"}"#.utf8))
        #expect(decoded.tag == Tag(rawValue: "purple"))
        #expect(decoded.tag != .red)
        #expect(decoded.kind == ExtensibleEnumModel.one)
        #expect([Tag.red, .tag, .selfValue].map(\.rawValue) == ["red", "Tag", "self"])
    }

    @Test func enumValuesDifferingOnlyInCaseGetDistinctCases() {
        #expect(ProtocolModel.allCases.map(\.rawValue) == ["Tcp", "tcp", "TCP", "", "1.0", "v1.0", "a-b", "a_b"])
        #expect(Set(ProtocolModel.allCases.map { "\($0)" }).count == 8)
    }
}
