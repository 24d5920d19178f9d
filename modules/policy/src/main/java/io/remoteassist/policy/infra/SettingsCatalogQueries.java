package io.remoteassist.policy.infra;

import io.remoteassist.policy.api.BandwidthLevel;
import io.remoteassist.policy.api.ControlPermission;
import io.remoteassist.policy.api.EmailMethod;
import io.remoteassist.policy.api.ListSettingDefinitionsQuery;
import io.remoteassist.policy.api.SettingDefinitionView;
import io.remoteassist.policy.api.SettingOptionView;
import io.remoteassist.policy.domain.OptionDefinition;
import io.remoteassist.policy.domain.SettingDefinition;
import io.remoteassist.policy.domain.SettingsCatalog;
import org.axonframework.queryhandling.QueryHandler;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Answers {@link ListSettingDefinitionsQuery} from the {@link SettingsCatalog}. Stateless. */
public class SettingsCatalogQueries {

    @QueryHandler
    public List<SettingDefinitionView> handle(ListSettingDefinitionsQuery query) {
        return SettingsCatalog.definitions().stream().map(SettingsCatalogQueries::view).toList();
    }

    static SettingDefinitionView view(SettingDefinition d) {
        return new SettingDefinitionView(d.key().key(), d.displayName(), d.helpText(),
            d.options().stream().map(SettingsCatalogQueries::option).toList());
    }

    private static SettingOptionView option(OptionDefinition o) {
        List<String> choices = switch (o.type()) {
            case CONTROL -> Arrays.stream(ControlPermission.values()).map(ControlPermission::token).toList();
            case EMAIL -> Arrays.stream(EmailMethod.values()).map(EmailMethod::token).toList();
            case BANDWIDTH -> Arrays.stream(BandwidthLevel.values()).map(BandwidthLevel::token).toList();
            default -> List.of();
        };
        return new SettingOptionView(o.name(), o.label(), o.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            o.defaultValue(), o.required(), o.accepted(), choices);
    }
}
