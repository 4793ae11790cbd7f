package io.xinling.application.promotion.campaign;

import io.xinling.application.promotion.StoredScheme;

import java.util.List;

/** A campaign with the latest version of each of its schemes. */
public record CampaignView(Campaign campaign, List<StoredScheme> schemes) {

    public CampaignView {
        schemes = List.copyOf(schemes);
    }
}
