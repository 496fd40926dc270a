package org.parley.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.parley.meeting.Tier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many approvals each tier needs, read from {@code parley.approval.*}. Unknown keys are refused at start-up
 * ({@code ignoreUnknownFields = false}) and values are validated, so a typo stops Parley with a clear message instead
 * of silently falling back to a default. The defaults are in the built-in application.properties.
 */
@Validated
@ConfigurationProperties(prefix = "parley.approval", ignoreUnknownFields = false)
public record ApprovalPolicy(
        @Valid @NotNull(message = "set parley.approval.working-level.approvals")
        TierRule workingLevel,

        @Valid @NotNull(message = "set parley.approval.ministerial.approvals")
        TierRule ministerial,

        @Valid @NotNull(message = "set parley.approval.head-of-state.approvals")
        TierRule headOfState) {

    /**
     * @param approvals how many approvals by different people
     * @param seniorRequired whether at least one of them must come from a senior approver
     */
    public record TierRule(
            @Min(value = 1, message = "a tier needs at least one approval")
            @Max(value = 5, message = "more than five approvals is not supported")
            int approvals,

            @DefaultValue("false") boolean seniorRequired) {}

    public TierRule ruleFor(Tier tier) {
        return switch (tier) {
            case WORKING_LEVEL -> workingLevel;
            case MINISTERIAL -> ministerial;
            case HEAD_OF_STATE -> headOfState;
        };
    }
}
