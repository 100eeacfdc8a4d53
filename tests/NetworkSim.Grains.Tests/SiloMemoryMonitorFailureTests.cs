using System.Reflection;
using Orleans.Serialization;

namespace NetworkSim.Grains.Tests;

/// <summary>
/// A sample that fails in a way Orleans does not wrap (seen: a silo under memory pressure timed out reading the
/// membership from Redis, and the client got a serializer error for the RedisTimeoutException) is skipped: it once
/// ended <c>networksim bench</c> with "internal error".
/// </summary>
public class SiloMemoryMonitorFailureTests
{
    [Fact]
    public async Task A_sample_whose_membership_read_fails_with_a_serializer_error_is_skipped_and_the_report_is_empty()
    {
        var grains = FailingGrains.Create(new CodecNotFoundException("Could not find a codec for type StackExchange.Redis.RedisTimeoutException."));
        await using var monitor = SiloMemoryMonitor.Start(grains, TimeSpan.FromMilliseconds(10));

        var reports = await monitor.StopAsync();

        Assert.Empty(reports);
    }

    /// <summary>A grain factory whose only grain is a management grain that fails every call with the given error.</summary>
    public class FailingGrains : DispatchProxy
    {
        private Exception _error = new InvalidOperationException();

        public static IGrainFactory Create(Exception error)
        {
            var grains = DispatchProxy.Create<IGrainFactory, FailingGrains>();
            ((FailingGrains)(object)grains)._error = error;
            return grains;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.ReturnType == typeof(IManagementGrain))
            {
                var management = DispatchProxy.Create<IManagementGrain, FailingManagement>();
                ((FailingManagement)(object)management).Error = _error;
                return management;
            }

            throw new NotSupportedException(targetMethod?.Name);
        }
    }

    /// <summary>Every call returns a task faulted with <see cref="Error"/>.</summary>
    public class FailingManagement : DispatchProxy
    {
        public Exception Error { get; set; } = new InvalidOperationException();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var result = targetMethod!.ReturnType;
            var fromException = typeof(Task).GetMethods().Single(m => m.Name == nameof(Task.FromException) && m.IsGenericMethod);
            return result.IsGenericType && result.GetGenericTypeDefinition() == typeof(Task<>)
                ? fromException.MakeGenericMethod(result.GetGenericArguments()[0]).Invoke(null, [Error])
                : Task.FromException(Error);
        }
    }
}
