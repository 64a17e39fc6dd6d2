import Foundation

/// Decides what generated code checks before sending: per parameter and per model member, from
/// the contract's constraints and the value's Swift type (seen through typealiases).
struct ValidationLowering {
    let typesByName: [String: TypeDecl]
    /// `validation: false` keeps only the checks that protect the request's target (non-empty path segments).
    let enabled: Bool

    func apply(to module: inout SwiftModule) {
        let checked = modelsWithConstraints(module.types)
        for groupIndex in module.groups.indices {
            for operationIndex in module.groups[groupIndex].operations.indices {
                var operation = module.groups[groupIndex].operations[operationIndex]
                for index in operation.parameters.indices {
                    let parameter = operation.parameters[index]
                    guard parameter.constant == nil else { continue }
                    operation.parameters[index].check = check(
                        type: parameter.type, constraints: parameter.constraints, elementConstraints: parameter.elementConstraints,
                        nonEmpty: parameter.location == .path, checkedModels: checked)
                }
                module.groups[groupIndex].operations[operationIndex] = operation
            }
        }
        for index in module.types.indices {
            guard case .model(var model) = module.types[index] else { continue }
            for propertyIndex in model.properties.indices {
                model.properties[propertyIndex].check = check(model.properties[propertyIndex], checkedModels: checked)
            }
            module.types[index] = .model(model)
        }
    }

    /// The models and polymorphic unions that hold a constraint somewhere: a member (other than a
    /// read-only one, which is never sent) with a check of its own, or whose model or union is
    /// one of these. Checking any other model is a no-op, so its holders do not call it.
    /// Computed to a fixed point, so models that hold each other end.
    func modelsWithConstraints(_ types: [TypeDecl]) -> Set<String> {
        var found: Set<String> = []
        var grew = true
        while grew {
            grew = false
            for type in types where !found.contains(type.name) {
                let holdsConstraint: Bool
                switch type {
                case .model(let model):
                    holdsConstraint = model.properties.contains { !$0.isReadOnly && check($0, checkedModels: found) != nil }
                case .polymorphic(let union):
                    holdsConstraint = union.cases.contains { found.contains($0.typeName) }
                case .enumeration, .alias:
                    holdsConstraint = false
                }
                if holdsConstraint {
                    found.insert(type.name)
                    grew = true
                }
            }
        }
        return found
    }

    /// What a model member's value is checked for.
    private func check(_ property: PropertyDecl, checkedModels: Set<String>) -> ValueCheck? {
        check(type: property.type, constraints: property.constraints, elementConstraints: property.elementConstraints,
              nonEmpty: false, checkedModels: checkedModels)
    }

    /// `checkedModels`: the models (and unions) whose values have something to check.
    func check(type: SwiftType, constraints: Constraints, elementConstraints: Constraints?, nonEmpty: Bool, checkedModels: Set<String>) -> ValueCheck? {
        let base = type.resolvingAliases(in: typesByName)
        guard enabled else {
            return nonEmpty && base == .string ? .string(.init(notEmpty: true)) : nil
        }
        switch base {
        case .string:
            let rules = ValueCheck.StringRules(
                notEmpty: nonEmpty, minLength: constraints.minLength, maxLength: constraints.maxLength,
                patternName: constraints.patternName, uuid: constraints.isUUID)
            return rules == ValueCheck.StringRules() ? nil : .string(rules)
        case .int, .int32, .int64, .double, .float:
            let minimum = constraints.minimum.flatMap { bound($0, exclusive: constraints.exclusiveMinimum, for: base) }
            let maximum = constraints.maximum.flatMap { bound($0, exclusive: constraints.exclusiveMaximum, for: base) }
            let multiple = constraints.multipleOf.flatMap { factor($0, for: base) }
            return minimum == nil && maximum == nil && multiple == nil ? nil : .number(minimum: minimum, maximum: maximum, multipleOf: multiple)
        case .array(let element):
            let elementCheck = check(type: element, constraints: elementConstraints ?? Constraints(), elementConstraints: nil, nonEmpty: false, checkedModels: checkedModels)
            // Items are compared with `==`: every generated value type is Hashable but raw bodies.
            let unique = constraints.uniqueItems && element.resolvingAliases(in: typesByName) != .binary
            guard constraints.minItems != nil || constraints.maxItems != nil || unique || elementCheck != nil else { return nil }
            return .array(minItems: constraints.minItems, maxItems: constraints.maxItems, unique: unique, element: elementCheck)
        case .dictionary(let value):
            return check(type: value, constraints: elementConstraints ?? Constraints(), elementConstraints: nil, nonEmpty: false, checkedModels: checkedModels)
                .map { .dictionary(value: $0) }
        case .named(let name, .model):
            return checkedModels.contains(name) ? .model : nil
        default:
            return nil
        }
    }

    /// `multipleOf` for a value of `type`: by remainder when both are integers; nil when every
    /// integer is a multiple (a factor of 1, or 1/n); in decimal arithmetic otherwise.
    private func factor(_ text: String, for type: SwiftType) -> ValueCheck.Factor? {
        // SchemaLowering refused any `multipleOf` that is not a number greater than 0.
        guard let factor = Decimal(string: text) else { return nil }
        let isInteger = type == .int || type == .int32 || type == .int64
        guard isInteger else { return .decimal(text) }
        var whole = factor, rounded = Decimal()
        NSDecimalRound(&rounded, &whole, 0, .plain)
        if rounded == factor {
            let limit: Decimal = type == .int32 ? Decimal(Int32.max) : Decimal(Int64.max)
            return factor == 1 || factor > limit ? nil : .integer(rounded.description)
        }
        // 1/n (0.5, 0.25, 0.2…) divides every integer.
        var inverse = 1 / factor, inverseRounded = Decimal()
        NSDecimalRound(&inverseRounded, &inverse, 0, .plain)
        return inverse == inverseRounded ? nil : .decimal(text)
    }

    /// The bound as a literal of the value's Swift type; nil when no value of the type can
    /// break it (a bound beyond the type's range), or for a fractional bound on an integer.
    private func bound(_ text: String, exclusive: Bool, for type: SwiftType) -> ValueCheck.Bound? {
        guard let number = Double(text), number.isFinite else { return nil }
        let range: ClosedRange<Double>
        switch type {
        case .int32: range = Double(Int32.min)...Double(Int32.max)
        case .int, .int64: range = -9.2e18...9.2e18
        default:
            let literal = text.contains(".") || text.contains("e") || text.contains("E") ? text : text + ".0"
            return .init(literal: literal, exclusive: exclusive)
        }
        guard number == number.rounded(), range.contains(number) else { return nil }
        return .init(literal: String(Int64(number)), exclusive: exclusive)
    }
}
