// SpecGenMock runs on SwiftNIO, which specgen's `MockServer` trait (on by default) brings into the
// package graph. A package that depends on specgen with `traits: []` leaves it out; say so plainly
// rather than let each file fail on its import.
#if !MockServer
#error("SpecGenMock needs specgen's MockServer trait: depend on specgen with traits: [\"MockServer\"] (or its default traits)")
#endif
