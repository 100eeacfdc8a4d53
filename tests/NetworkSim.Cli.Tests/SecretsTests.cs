using NetworkSim.Cli.Hosting;

namespace NetworkSim.Cli.Tests;

public class SecretsTests
{
    [Theory]
    [InlineData("127.0.0.1:6379", "127.0.0.1:6379")]
    [InlineData("redis.example:6380,password=s3cret,ssl=true", "redis.example:6380,password=***,ssl=true")]
    [InlineData("host:1,user=sim,PWD=s3cret", "host:1,user=sim,PWD=***")]
    [InlineData("redis://sim:s3cret@host:6379/0", "redis://***@host:6379/0")]
    [InlineData("--cluster=host:1,password=s3cret", "--cluster=host:1,password=***")]
    public void A_redis_password_is_masked_wherever_it_stands(string text, string redacted) =>
        Assert.Equal(redacted, Secrets.Redact(text));

    [Fact]
    public void A_command_line_keeps_every_word_but_the_secret()
    {
        string[] args = ["run", "a.yaml", "--cluster", "h:1,password=s3cret", "--cluster-id", "c"];
        Assert.Equal(["run", "a.yaml", "--cluster", "h:1,password=***", "--cluster-id", "c"], Secrets.Redact(args));
    }
}
