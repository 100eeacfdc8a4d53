using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts;
using NetworkSim.Model.Agents;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;

namespace NetworkSim.Grains.Tests;

/// <summary>
/// Every model type Orleans serializes, with every field set to a value that is not its default, comes back from an
/// Orleans round trip with every field equal: a field added to a model type that does not travel between silos
/// fails here by name, unless it says it stays behind (<see cref="NonSerializedAttribute"/>).
/// </summary>
public class SerializationRoundTripTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddSerializer(b => b.AddNetworkSimModel()).BuildServiceProvider();

    /// <summary>The model's types Orleans has a serializer for.</summary>
    public static TheoryData<string> SerializedModelTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Serialized())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void The_model_types_that_travel_between_silos_all_have_a_serializer()
    {
        Assert.Equal(
            ["AdoptionEvent", "BrokeredTie", "FacilitationNews", "FacilitatorState", "NetworkTick", "ParticipantCall", "ParticipantOutcome",
             "ParticipantReport", "ParticipantState", "PeerState", "PracticeMetrics", "RunState", "SchoolBatch", "SchoolContext", "SchoolState", "SchoolTally",
             "StaffSummary", "TickMetrics", "TieState", "WatcherIndex"],
            Serialized().Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SerializedModelTypes))]
    public void Every_field_of_a_model_type_survives_an_Orleans_round_trip(string name)
    {
        var type = typeof(RunModel).Assembly.GetType(name)!;
        var value = Sample(type, 1, name);
        var serializer = Services.GetRequiredService<Serializer>();

        var back = serializer.Deserialize<object>(serializer.SerializeToArray(value));

        Assert.IsType(type, back);
        Assert.Null(Difference(value, back, type.Name));
    }

    private static IEnumerable<Type> Serialized()
    {
        var codecs = Services.GetRequiredService<ICodecProvider>();
        return typeof(RunModel).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && !t.IsEnum && !t.IsNested && t.IsPublic
                && !t.IsDefined(typeof(CompilerGeneratedAttribute)) && Has(codecs, t));
    }

    private static bool Has(ICodecProvider codecs, Type type)
    {
        try
        {
            return codecs.TryGetCodec(type) is not null;
        }
        catch (CodecNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A value of <paramref name="type"/> with nothing at its default: every field of a model type set, every collection holding one item.</summary>
    private static object Sample(Type type, int n, string path)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Sample(inner, n, path);
        }

        if (type == typeof(int)) return 3 + n;
        if (type == typeof(long)) return 5L + n;
        if (type == typeof(ulong)) return 6UL + (ulong)n;
        if (type == typeof(double)) return 0.25 + n;
        if (type == typeof(bool)) return true;
        if (type == typeof(string)) return $"s{n}";
        if (type.IsEnum) return Enum.GetValues(type).Cast<object>().Last();
        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Sample(type.GetElementType()!, n + 1, path + "[0]"), 0);
            return array;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(type)!;
            var (key, item) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
            dictionary.Add(Sample(key, n + 1, path + ".Key"), Sample(item, n + 2, path + ".Value"));
            return dictionary;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var generic
            && (generic == typeof(List<>) || generic == typeof(HashSet<>) || generic == typeof(SortedSet<>)))
        {
            var collection = Activator.CreateInstance(type)!;
            type.GetMethod("Add")!.Invoke(collection, [Sample(type.GetGenericArguments()[0], n + 1, path + "[0]")]);
            return collection;
        }

        if (type.Assembly != typeof(RunModel).Assembly)
        {
            throw new NotSupportedException($"{path}: no sample value for {type}; teach this test one.");
        }

        var value = RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in Fields(type))
        {
            field.SetValue(value, Sample(field.FieldType, n + 1, $"{path}.{field.Name}"));
        }

        return value;
    }

    /// <summary>The first place where <paramref name="after"/> differs from <paramref name="before"/>, or null.</summary>
    private static string? Difference(object? before, object? after, string path)
    {
        if (before is null || after is null)
        {
            return before is null && after is null ? null : $"{path}: {Describe(before)} went in, {Describe(after)} came back";
        }

        if (before.GetType() != after.GetType())
        {
            return $"{path}: a {before.GetType().Name} went in, a {after.GetType().Name} came back";
        }

        if (before is double x)
        {
            return BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)after) ? null : $"{path}: {x} went in, {after} came back";
        }

        if (before.GetType().IsPrimitive || before is string || before.GetType().IsEnum)
        {
            return before.Equals(after) ? null : $"{path}: {before} went in, {after} came back";
        }

        if (before is IDictionary dictionary)
        {
            var back = (IDictionary)after;
            if (dictionary.Count != back.Count)
            {
                return $"{path}: {dictionary.Count} entries went in, {back.Count} came back";
            }

            foreach (DictionaryEntry entry in dictionary)
            {
                if (Difference(entry.Value, back.Contains(entry.Key) ? back[entry.Key] : null, $"{path}[{entry.Key}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (before is IEnumerable items)
        {
            var (a, b) = (items.Cast<object?>().ToArray(), ((IEnumerable)after).Cast<object?>().ToArray());
            if (a.Length != b.Length)
            {
                return $"{path}: {a.Length} items went in, {b.Length} came back";
            }

            return a.Select((item, i) => Difference(item, b[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }

        return Fields(before.GetType()).Select(f => Difference(f.GetValue(before), f.GetValue(after), $"{path}.{Name(f)}")).FirstOrDefault(d => d is not null);
    }

    /// <summary>Every instance field of a model type, its base types' too, but those that say they stay behind.</summary>
    private static IEnumerable<FieldInfo> Fields(Type type)
    {
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsDefined(typeof(NonSerializedAttribute)))
                {
                    yield return field;
                }
            }
        }
    }

    /// <summary>A field by the name its type declares it with: the property for a backing field.</summary>
    private static string Name(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;

    private static string Describe(object? value) => value is null ? "null" : $"a {value.GetType().Name}";
}
