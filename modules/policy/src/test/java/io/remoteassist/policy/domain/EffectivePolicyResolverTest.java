package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.AppliedPolicy;
import io.remoteassist.policy.api.EffectiveSetting;
import io.remoteassist.policy.api.FilterReason;
import io.remoteassist.policy.api.FilteredPolicy;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.SettingContribution;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectivePolicyResolverTest {

    private static final String D = "domain:contoso.com";

    /** Columns: case, chain (see {@link ChainSpec}), policy objects configuring the setting, winner first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            nothing linked gives the default                    ; ;
            nothing linked on any container gives the default   ; site:Paris | domain:contoso.com | ou:Sales ;
            a single domain link applies                        ; domain:contoso.com A ; A
            site, then domain, then OU: later wins              ; site:Paris A | domain:contoso.com B | ou:Sales C ; C,B,A
            a child OU wins over its parent                     ; domain:contoso.com A | ou:Sales B | ou:Sales/Laptops C ; C,B,A
            link order 1 wins within a container                ; domain:contoso.com A B ; A,B
            link order 1 wins with three links                  ; domain:contoso.com A B C ; A,B,C
            several links on several containers                 ; domain:contoso.com A B | ou:Sales C D ; C,D,A,B
            local policy applies first and loses                ; local:pc1.contoso.com L | domain:contoso.com A ; A,L
            local policy alone applies                          ; local:pc1.contoso.com L ; L
            an enforced domain link beats the OU                ; domain:contoso.com A* | ou:Sales B ; A,B
            an enforced site link beats an enforced domain link ; site:Paris A* | domain:contoso.com B* | ou:Sales C ; A,B,C
            an enforced parent OU beats an enforced child OU    ; ou:Sales A* | ou:Sales/Laptops B* ; A,B
            an enforced link beats link order 1 beside it       ; domain:contoso.com A B* ; B,A
            two enforced links keep link order                  ; domain:contoso.com A* B* ; A,B
            block inheritance drops the domain link             ; domain:contoso.com A | ou:Sales! B ; B
            block inheritance drops the site link               ; site:Paris A | domain:contoso.com! B ; B
            block on a child OU drops the parent OU too         ; domain:contoso.com A | ou:Sales B | ou:Sales/Laptops! C ; C
            block keeps the blocking OU's own links             ; domain:contoso.com A | ou:Sales! B | ou:Sales/Laptops C ; C,B
            block does not stop an enforced link                ; domain:contoso.com A* | ou:Sales! B ; A,B
            block does not stop an enforced site link           ; site:Paris A* | domain:contoso.com! B | ou:Sales C ; A,C,B
            block only leaves nothing when all is blocked       ; domain:contoso.com A | ou:Sales! _B ;
            block does not stop the local policy                ; local:pc1.contoso.com L | domain:contoso.com A | ou:Sales! _B ; L
            a disabled link does not apply                      ; domain:contoso.com A | ou:Sales B- ; A
            a disabled enforced link does not apply             ; domain:contoso.com A*- | ou:Sales B ; B
            a disabled policy object does not apply             ; domain:contoso.com A | ou:Sales ~B ; A
            a disabled enforced policy object does not apply    ; domain:contoso.com ~A* | ou:Sales B ; B
            a missing policy object does not apply              ; domain:contoso.com ?Z | ou:Sales A ; A
            not configured never overrides                      ; domain:contoso.com A | ou:Sales _B ; A
            not configured in every object gives the default    ; domain:contoso.com _A | ou:Sales _B ;
            one object linked twice counts at each link         ; domain:contoso.com A | ou:Sales A ; A,A
            enforced and blocked and disabled together          ; site:Paris A* B | domain:contoso.com! C D*- | ou:Sales ~E F ; A,F,C
            """)
    void theWinnerFollowsWindowsPrecedence(String name, String spec, String expected) {
        ChainSpec given = ChainSpec.parse(spec == null ? "" : spec);

        ResultantSetOfPolicy rsop = EffectivePolicyResolver.resolve("pc1.contoso.com", given.chain, given.policyObjects);

        EffectiveSetting solicited = rsop.setting(SettingKey.SOLICITED);
        List<String> contributors = new ArrayList<>();
        if (solicited.winner() != null) {
            contributors.add(solicited.winner().name());
        }
        solicited.overridden().stream().map(SettingContribution::source).map(AppliedPolicy::name).forEach(contributors::add);
        assertThat(String.join(",", contributors)).isEqualTo(expected == null ? "" : expected);
        assertThat(solicited.value().state()).isEqualTo(expected == null ? SettingState.NOT_CONFIGURED : SettingState.ENABLED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            link disabled            ; domain:contoso.com A-          ; A:LINK_DISABLED
            object disabled          ; domain:contoso.com ~A          ; A:POLICY_OBJECT_DISABLED
            object missing           ; domain:contoso.com ?Z          ; :POLICY_OBJECT_NOT_FOUND
            blocked                  ; domain:contoso.com A | ou:Sales! B ; A:BLOCKED_BY_INHERITANCE
            disabled link is first   ; domain:contoso.com ~A- | ou:Sales! B ; A:LINK_DISABLED
            """)
    void aLinkThatDoesNotApplyIsReportedWithItsReason(String name, String spec, String expected) {
        ChainSpec given = ChainSpec.parse(spec);

        ResultantSetOfPolicy rsop = EffectivePolicyResolver.resolve("pc1", given.chain, given.policyObjects);

        assertThat(rsop.filtered().stream().map(f -> (f.name() == null ? "" : f.name()) + ":" + f.reason())
                .collect(Collectors.joining(","))).isEqualTo(expected);
    }

    @Test
    void appliedPolicyObjectsAreListedHighestPrecedenceFirst() {
        ChainSpec given = ChainSpec.parse("site:Paris A* B | " + D + " C | ou:Sales D E");

        ResultantSetOfPolicy rsop = EffectivePolicyResolver.resolve("pc1", given.chain, given.policyObjects);

        assertThat(rsop.applied()).extracting(AppliedPolicy::name).containsExactly("A", "D", "E", "C", "B");
        assertThat(rsop.applied()).extracting(AppliedPolicy::precedence).containsExactly(1, 2, 3, 4, 5);
        assertThat(rsop.applied().get(0).enforced()).isTrue();
        assertThat(rsop.applied().get(1).container().toString()).isEqualTo("ou:Sales");
    }

    @Test
    void eachSettingHasItsOwnWinner() {
        ChainSpec given = ChainSpec.parse(D + " A | ou:Sales _B");

        ResultantSetOfPolicy rsop = EffectivePolicyResolver.resolve("pc1", given.chain, given.policyObjects);

        assertThat(rsop.setting(SettingKey.SOLICITED).winner().name()).isEqualTo("A");
        assertThat(rsop.setting(SettingKey.LOGGING).winner().name()).isEqualTo("B");
        assertThat(rsop.setting(SettingKey.OFFER).winner()).isNull();
        assertThat(rsop.settings()).hasSize(SettingKey.values().length);
    }

    @Test
    void aFilteredListStaysInChainOrder() {
        ChainSpec given = ChainSpec.parse("site:Paris A- | " + D + " B- C- | ou:Sales! ~D");

        ResultantSetOfPolicy rsop = EffectivePolicyResolver.resolve("pc1", given.chain, given.policyObjects);

        assertThat(rsop.filtered()).extracting(FilteredPolicy::name).containsExactly("A", "B", "C", "D");
        assertThat(rsop.filtered()).extracting(FilteredPolicy::reason).containsExactly(FilterReason.LINK_DISABLED,
                FilterReason.LINK_DISABLED, FilterReason.LINK_DISABLED, FilterReason.POLICY_OBJECT_DISABLED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "domain:contoso.com A | site:Paris B",
        "ou:Sales A | domain:contoso.com B",
        "domain:contoso.com A | domain:contoso.com B",
        "domain:contoso.com A | local:pc1 B"
    })
    void aChainOutOfOrderIsRefused(String spec) {
        ChainSpec given = ChainSpec.parse(spec);

        assertThatThrownBy(() -> EffectivePolicyResolver.resolve("pc1", given.chain, given.policyObjects))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("containers must be local, site, domain, then OUs");
    }
}
