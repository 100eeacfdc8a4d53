namespace NetworkSim.Analysis.Intervals;

/// <summary>How an interval of a (paired) mean is computed.</summary>
public enum IntervalMethod
{
    /// <summary>mean ± t_{n−1} · s / √n (Student 1908).</summary>
    StudentT,

    /// <summary>The 2.5 and 97.5 % quantiles of resampled means (Efron 1979); what the model's replicate summaries used before issue 27.</summary>
    PercentileBootstrap,

    /// <summary>Bias-corrected and accelerated bootstrap (Efron 1987), acceleration from the jackknife.</summary>
    Bca,

    /// <summary>Studentised ("bootstrap-t") interval: quantiles of resampled t statistics (Efron &amp; Tibshirani 1993, ch. 12).</summary>
    BootstrapT,
}
