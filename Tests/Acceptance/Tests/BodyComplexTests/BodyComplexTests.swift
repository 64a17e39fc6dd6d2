import AcceptanceSupport
import BodyComplex
import Foundation
import SpecGenRuntime
import Testing

/// body-complex.json: `/complex/*`: models with members of every primitive type, arrays and
/// dictionaries as members, `allOf` inheritance, discriminated hierarchies (`AnyFish`, `AnySalmon`,
/// `AnyDotFish`), recursion through a hierarchy and read-only members. Every operation also sends
/// the constant `api-version=2016-02-29`.
@Suite struct BodyComplexTests {
    let client = BodyComplexClient(endpoint: TestServer.url, options: TestServer.options)

    /// Expects a `ResponseDecodingError` for a 200 whose body breaks the contract at `path`.
    func expectDecodingError<T: Sendable>(at path: String, _ call: () async throws -> T) async {
        let error = await #expect(throws: ResponseDecodingError.self) { _ = try await call() }
        #expect(error?.status == 200)
        #expect(error?.codingPath == path)
    }

    // MARK: - basic

    @Test func basicModelRoundTrips() async throws {
        #expect(try await client.basic.getValid() == Basic(id: .value(2), name: "abc", color: .yellow))
        try await client.basic.putValid(body: Basic(id: .value(2), name: "abc", color: .magenta))
    }

    @Test func emptyObjectHasNoMembers() async throws {
        #expect(try await client.basic.getEmpty() == Basic())
    }

    /// `{"id": null, "name": null}`: `id` is `x-nullable` (`Nullable<Int>?`), so its `null` is
    /// kept as `.null`; `name` is a plain optional, and a `null` optional member reads as absent.
    @Test func nullMembersAreReadAsNullOrAbsent() async throws {
        let basic = try await client.basic.getNull()
        #expect(basic == Basic(id: .null))
        #expect(basic.id == .null)
        #expect(basic.name == nil)
    }

    @Test func memberOfTheWrongTypeIsADecodingError() async {
        await expectDecodingError(at: "id") { try await client.basic.getInvalid() }
    }

    @Test func missingBodyIsADecodingError() async {
        await expectDecodingError(at: "") { try await client.basic.getNotProvided() }
    }

    // MARK: - primitive

    @Test func int32MembersRoundTrip() async throws {
        #expect(try await client.primitive.getInt() == IntWrapper(field1: -1, field2: 2))
        try await client.primitive.putInt(body: IntWrapper(field1: -1, field2: 2))
    }

    @Test func int64MembersRoundTrip() async throws {
        let wrapper = LongWrapper(field1: 1_099_511_627_775, field2: -999_511_627_788)
        #expect(try await client.primitive.getLong() == wrapper)
        try await client.primitive.putLong(body: wrapper)
    }

    @Test func floatMembersAreRead() async throws {
        #expect(try await client.primitive.getFloat() == FloatWrapper(field1: 1.05, field2: -0.003))
    }

    /// A `Float` goes out in its own shortest digits (`1.05`, `-0.003`).
    @Test func floatMembersAreWrittenAsTheirShortestText() async throws {
        try await client.primitive.putFloat(body: FloatWrapper(field1: 1.05, field2: -0.003))
    }

    @Test func doubleMembersRoundTrip() async throws {
        let wrapper = DoubleWrapper(field1: 3e-100, field56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose: -5e-57)
        #expect(try await client.primitive.getDouble() == wrapper)
        try await client.primitive.putDouble(body: wrapper)
    }

    @Test func booleanMembersRoundTrip() async throws {
        #expect(try await client.primitive.getBool() == BooleanWrapper(fieldTrue: true, fieldFalse: false))
        try await client.primitive.putBool(body: BooleanWrapper(fieldTrue: true, fieldFalse: false))
    }

    /// `{"field": "goodrequest", "empty": "", "null": null}`: an empty string is kept, `null` is absent.
    @Test func stringMembersRoundTrip() async throws {
        #expect(try await client.primitive.getString() == StringWrapper(field: "goodrequest", empty: ""))
        try await client.primitive.putString(body: StringWrapper(field: "goodrequest", empty: ""))
    }

    /// `format: date` is the runtime's `CivilDate` (year 1 and a leap day).
    @Test func dateMembersRoundTrip() async throws {
        let wrapper = DateWrapper(field: CivilDate(year: 1, month: 1, day: 1), leap: CivilDate(year: 2016, month: 2, day: 29))
        #expect(try await client.primitive.getDate() == wrapper)
        try await client.primitive.putDate(body: wrapper)
    }

    @Test func dateTimeMembersRoundTrip() async throws {
        let wrapper = DatetimeWrapper(field: utc(1, 1, 1), now: utc(2015, 5, 18, 18, 38))
        #expect(try await client.primitive.getDateTime() == wrapper)
        try await client.primitive.putDateTime(body: wrapper)
    }

    /// `Mon, 01 Jan 0001 00:00:00 GMT`: RFC 1123 with a four-digit year 1.
    @Test func rfc1123MembersRoundTrip() async throws {
        let wrapper = Datetimerfc1123Wrapper(field: utc(1, 1, 1), now: utc(2015, 5, 18, 11, 38))
        #expect(try await client.primitive.getDateTimeRfc1123() == wrapper)
        try await client.primitive.putDateTimeRfc1123(body: wrapper)
    }

    /// `format: duration` is the runtime's `ISO8601Duration`.
    @Test func durationMembersRoundTrip() async throws {
        let wrapper = DurationWrapper(field: ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011))
        #expect(try await client.primitive.getDuration() == wrapper)
        try await client.primitive.putDuration(body: wrapper)
    }

    @Test func byteMembersRoundTrip() async throws {
        let wrapper = ByteWrapper(field: Data([255, 254, 253, 252, 0, 250, 249, 248, 247, 246]))
        #expect(try await client.primitive.getByte() == wrapper)
        try await client.primitive.putByte(body: wrapper)
    }

    // MARK: - array and dictionary members

    @Test func emptyArrayMemberRoundTrips() async throws {
        #expect(try await client.arrayModel.getEmpty() == ArrayWrapper(array: []))
        try await client.arrayModel.putEmpty(body: ArrayWrapper(array: []))
    }

    @Test func absentArrayMemberIsNil() async throws {
        #expect(try await client.arrayModel.getNotProvided() == ArrayWrapper())
    }

    /// Known gap (getComplexArrayValid, putComplexArrayValid): the array holds a `null` string the
    /// contract does not allow (`items: {type: string}`); AutoRest's clients read and send it.
    @Test(.disabled("known gap: null items of a non-nullable string array (needs the null design)"))
    func arrayMemberWithANullItemRoundTrips() async throws {
        let wrapper = try await client.arrayModel.getValid()
        let items: [String?] = try #require(wrapper.array)
        #expect(items == ["1, 2, 3, 4", "", nil, "&S#$(*Y", "The quick brown fox jumps over the lazy dog"])
    }

    @Test func emptyDictionaryMemberRoundTrips() async throws {
        #expect(try await client.dictionaryModel.getEmpty() == DictionaryWrapper(defaultProgram: .value([:])))
        try await client.dictionaryModel.putEmpty(body: DictionaryWrapper(defaultProgram: .value([:])))
    }

    /// `defaultProgram` is `x-nullable` (`Nullable<[String: String]>?`): `{"defaultProgram": null}`
    /// reads as `.null`, `{}` as absent (nil).
    @Test func nullOrAbsentDictionaryMemberAreToldApart() async throws {
        #expect(try await client.dictionaryModel.getNull() == DictionaryWrapper(defaultProgram: .null))
        #expect(try await client.dictionaryModel.getNotProvided() == DictionaryWrapper())
    }

    /// Known gap (getComplexDictionaryValid, putComplexDictionaryValid): the dictionary holds
    /// `"": null`, a null value the contract does not allow (`additionalProperties: {type: string}`).
    @Test(.disabled("known gap: null values of a non-nullable string dictionary (needs the null design)"))
    func dictionaryMemberWithANullValueRoundTrips() async throws {
        let wrapper = try await client.dictionaryModel.getValid()
        let programs: [String: String?] = try #require(wrapper.defaultProgram?.value)
        #expect(programs == ["txt": "notepad", "bmp": "mspaint", "xls": "excel", "exe": "", "": nil])
    }

    // MARK: - inheritance

    /// `Siamese` is `allOf` `cat`, itself `allOf` `pet`: every ancestor's members are its own.
    @Test func inheritedMembersRoundTrip() async throws {
        let siamese = Siamese(id: 2, name: "Siameeee", color: "green",
                              hates: [Dog(id: 1, name: "Potato", food: "tomato"), Dog(id: -1, name: "Tomato", food: "french fries")],
                              breed: "persian")
        #expect(try await client.inheritance.getValid() == siamese)
        try await client.inheritance.putValid(body: siamese)
    }

    // MARK: - polymorphism

    static let picture = Data([255, 255, 255, 255, 254])

    /// The three sharks of the `valid`, `complicated` and `missingdiscriminator` fish; the goblin's
    /// `color` is not one of `GoblinSharkColor`'s values and is kept.
    static let sharks: [AnyFish] = [
        .shark(Shark(species: "predator", length: 20, age: 6, birthday: utc(2012, 1, 5, 1))),
        .sawshark(Sawshark(species: "dangerous", length: 10, age: 105, birthday: utc(1900, 1, 5, 1), picture: picture)),
        .goblinshark(Goblinshark(species: "scary", length: 30, age: 1, birthday: utc(2015, 8, 8), jawsize: 5,
                                 color: GoblinSharkColor(rawValue: "pinkish-gray"))),
    ]

    @Test func discriminatedHierarchyRoundTrips() async throws {
        let salmon = AnyFish.salmon(Salmon(species: "king", length: 1, siblings: Self.sharks, location: "alaska", iswild: true))
        #expect(try await client.polymorphism.getValid() == salmon)
        try await client.polymorphism.putValid(body: salmon)
    }

    /// `smart_salmon` allows additional properties: numbers, booleans, strings, objects and arrays
    /// the contract does not name are kept and written back.
    @Test func subtypeWithAdditionalPropertiesRoundTrips() async throws {
        let smart = AnySalmon.smartSalmon(SmartSalmon(
            species: "king", length: 1, siblings: Self.sharks, location: "alaska", iswild: true,
            additionalProperties: [
                "additionalProperty1": .integer(1), "additionalProperty2": .bool(false), "additionalProperty3": .string("hello"),
                "additionalProperty4": .object(["a": .integer(1), "b": .integer(2)]), "additionalProperty5": .array([.integer(1), .integer(3)]),
            ]))
        #expect(try await client.polymorphism.getComplicated() == smart)
        try await client.polymorphism.putComplicated(body: smart)
    }

    /// A discriminator whose name has a dot (`fish.type`).
    @Test func discriminatorWithADotInItsName() async throws {
        #expect(try await client.polymorphism.getDotSyntax() == .dotSalmon(DotSalmon(species: "king", location: "sweden", iswild: true)))
    }

    /// A model whose members are of a hierarchy, declared as the subtype (`DotSalmon`) or as the base
    /// (`AnyDotFish`), each with its discriminator.
    @Test func membersOfAHierarchyWithDiscriminators() async throws {
        let market = try await client.polymorphism.getComposedWithDiscriminator()
        #expect(market == DotFishMarket(
            sampleSalmon: DotSalmon(species: "king", location: "sweden", iswild: false),
            salmons: [DotSalmon(species: "king", location: "sweden", iswild: false), DotSalmon(species: "king", location: "atlantic", iswild: true)],
            sampleFish: .dotSalmon(DotSalmon(species: "king", location: "australia", iswild: false)),
            fishes: [.dotSalmon(DotSalmon(species: "king", location: "australia", iswild: false)),
                     .dotSalmon(DotSalmon(species: "king", location: "canada", iswild: true))]))
    }

    /// getComposedWithoutDiscriminator: the same market without any `fish.type`. Each member reads
    /// as its declared type: `DotSalmon` where a `DotSalmon` is declared, the base case `.dotFish`
    /// where an `AnyDotFish` is (the base `DotFish` keeps only `species`: `location` and `iswild`
    /// are not its members).
    @Test func membersOfAHierarchyWithoutDiscriminators() async throws {
        let market = try await client.polymorphism.getComposedWithoutDiscriminator()
        let fish = AnyDotFish.dotFish(DotFish(fishType: "DotFish", species: "king"))
        #expect(market == DotFishMarket(
            sampleSalmon: DotSalmon(species: "king", location: "sweden", iswild: false),
            salmons: [DotSalmon(species: "king", location: "sweden", iswild: false), DotSalmon(species: "king", location: "atlantic", iswild: true)],
            sampleFish: fish,
            fishes: [fish, fish]))
        #expect(market.sampleSalmon?.fishType == "DotSalmon")
    }

    /// putComplexPolymorphismNoDiscriminator: the server wants the salmon with its `fishtype` and
    /// answers it without one: the answer reads as the declared `Salmon` (the base case `.salmon`),
    /// its siblings as the subtypes they name.
    @Test func answerWithoutDiscriminatorReadsAsTheDeclaredType() async throws {
        let salmon = Salmon(species: "king", length: 1, siblings: Self.sharks, location: "alaska", iswild: true)
        let answer = try await client.polymorphism.putMissingDiscriminator(body: .salmon(salmon))
        #expect(answer == .salmon(salmon))
        guard case .salmon(let read) = answer else { Issue.record("expected the declared Salmon, got \(answer)"); return }
        #expect(read.fishtype == "salmon")
        #expect(read.location == "alaska")
        #expect(read.siblings == Self.sharks)
    }

    /// A hierarchy that contains itself (siblings of siblings), with empty and absent arrays kept apart.
    @Test func recursiveHierarchyRoundTrips() async throws {
        let sawshark = Sawshark(species: "dangerous", length: 10, age: 105, birthday: utc(1900, 1, 5, 1), picture: Self.picture)
        var sawsharkWithoutSiblings = sawshark
        sawsharkWithoutSiblings.siblings = []
        let shark = Shark(species: "predator", length: 20, age: 6, birthday: utc(2012, 1, 5, 1))
        var bigShark = shark
        bigShark.siblings = [
            .salmon(Salmon(species: "coho", length: 2, siblings: [.shark(shark), .sawshark(sawshark)], location: "atlantic", iswild: true)),
            .sawshark(sawsharkWithoutSiblings),
        ]
        let bigFish = AnyFish.salmon(Salmon(species: "king", length: 1, siblings: [.shark(bigShark), .sawshark(sawsharkWithoutSiblings)],
                                            location: "alaska", iswild: true))
        #expect(try await client.polymorphicrecursive.getValid() == bigFish)
        try await client.polymorphicrecursive.putValid(body: bigFish)
    }

    // putValidMissingRequired (PUT /complex/polymorphism/missingrequired/invalid, no scenario: the
    // server answers 400 to anything) checks that a fish without its required `birthday` is not
    // sent; in Swift a Sawshark without a birthday does not compile, so there is nothing to call.
    // flattencomplex.getValid (GET /complex/flatten/valid) has no route on the server.

    // MARK: - read-only members

    @Test func readOnlyMemberIsRead() async throws {
        let object = try await client.readonlyproperty.getValid()
        #expect(object.id == "1234")
        #expect(object.size == 2)
    }

    /// What was read is sent back without the read-only `id` ("set by the service, never sent"):
    /// request bodies leave read-only members out even when they are set.
    @Test func readOnlyMemberIsNotSentBack() async throws {
        let object = try await client.readonlyproperty.getValid()
        #expect(object.id == "1234")
        try await client.readonlyproperty.putValid(body: object)
        let (_, body) = try Readonlyproperty.PutValid(body: object).makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(try JSONValue.parse(try #require(body)) == .object(["size": .integer(2)]))
    }

    /// The memberwise initializer leaves the read-only `id` out, so it is not sent.
    @Test func readOnlyMemberIsNotSent() async throws {
        try await client.readonlyproperty.putValid(body: ReadonlyObj(size: 2))
    }
}

/// A UTC instant on the proleptic Gregorian calendar (RFC 3339's calendar, also before 1582:
/// Foundation's `Calendar` switches to the Julian calendar there), by days-from-civil arithmetic.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
}
