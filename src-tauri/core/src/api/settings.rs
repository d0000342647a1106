//! Settings: the shop's name, address, language, currency and defaults.

use crate::settings::{self, Settings, SettingsPatch};
use crate::{Result, Stockroom};

impl Stockroom {
    pub fn settings(&self) -> Result<Settings> {
        settings::store::load(self.db())
    }

    /// How the app speaks to this shop (issue 17): its language and its figures, for the
    /// window's error messages, reports and import problems.
    pub fn shop_words(&self) -> Result<crate::i18n::ShopWords> {
        settings::shop_words(self.db())
    }

    /// Changes the fields the patch sets; the rest stay as they are. A logo that is not a
    /// readable PNG or JPEG is refused and nothing is stored.
    pub fn update_settings(&mut self, patch: &SettingsPatch) -> Result<Settings> {
        let patch = settings::prepare_patch(patch)?;
        self.write(|tx, _| settings::update_in_tx(tx, &patch))
    }
}
