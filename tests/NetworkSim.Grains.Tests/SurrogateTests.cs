using System.Reflection;
using NetworkSim.Contracts;

namespace NetworkSim.Grains.Tests;

public class SurrogateTests
{
    /// <summary>
    /// A field added to a model type that crosses silos, but not to its surrogate, would be dropped silently between
    /// silos; this names it instead.
    /// </summary>
    [Fact]
    public void Every_surrogate_carries_every_settable_property_of_its_model_type()
    {
        var converters = typeof(SerializationSetup).Assembly.GetTypes()
            .Select(t => t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConverter<,>)))
            .OfType<Type>()
            .ToArray();
        Assert.True(converters.Length >= 14, $"{converters.Length} converters found");
        foreach (var converter in converters)
        {
            var (model, surrogate) = (converter.GetGenericArguments()[0], converter.GetGenericArguments()[1]);
            var properties = model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).Order();
            var fields = surrogate.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.Name).Order();
            Assert.True(properties.SequenceEqual(fields), $"{model.Name}: properties [{string.Join(", ", properties)}] but {surrogate.Name} carries [{string.Join(", ", fields)}].");
        }
    }
}
