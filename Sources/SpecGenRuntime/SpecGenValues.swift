// The contract's value types (`JSONValue`, `CivilDate`, `ISO8601Duration`, `ValidationPattern`) live in SpecGenValues,
// which the generator shares without linking the HTTP runtime; generated code sees them here.
@_exported import SpecGenValues
