// AsyncHTTPClient and SwiftNIO come into the package graph with specgen's `AsyncHTTPClientTransport`
// trait (on by default). A package that depends on specgen with `traits: []` leaves them out; say so
// plainly rather than let the transport fail on its imports.
#if !AsyncHTTPClientTransport
#error("SpecGenAsyncHTTPClient needs specgen's AsyncHTTPClientTransport trait: depend on specgen with traits: [\"AsyncHTTPClientTransport\"] (or its default traits)")
#endif
